import type { DeputyView } from '../api/engagement-types';
import { useI18n } from '../i18n/i18n';
import { ruleText } from './rule-text';

interface Props {
  index: number;
  deputies: readonly DeputyView[];
  chosen: readonly string[];
  /** The backend's composition problems for this team, rule first. */
  problems: ReadonlyArray<{ rule: string; reason: string }>;
  onChange(ids: string[]): void;
  onRemove(): void;
}

/** One team of the plan: deputies ticked from the registry, with body and whether they are in the system (体制内). */
export function TeamPicker({ index, deputies, chosen, problems, onChange, onRemove }: Props) {
  const { t, locale } = useI18n();
  const errorId = `team-${index}-problems`;
  return (
    <fieldset className="field request-item" aria-describedby={problems.length > 0 ? errorId : undefined} aria-invalid={problems.length > 0 || undefined} data-team={index}>
      <legend>{t('engagement.plan.team', { n: index + 1 })}</legend>
      {deputies.map((deputy) => (
        <label key={deputy.id} className="field-check">
          <input type="checkbox" checked={chosen.includes(deputy.id)} onChange={(e) => onChange(e.target.checked ? [...chosen, deputy.id] : chosen.filter((id) => id !== deputy.id))} />
          {deputy.name}（{t(`engagement.body.${deputy.body}`)}{deputy.inSystem ? `，${t('engagement.inSystem')}` : ''}）· {deputy.profession}
        </label>
      ))}
      {problems.length > 0 && (
        <ul id={errorId} className="field-error">
          {problems.map((problem) => (
            <li key={problem.reason} data-rule={problem.rule}>
              {ruleText(problem.reason, locale)}
            </li>
          ))}
        </ul>
      )}
      <div>
        <button type="button" className="link" onClick={onRemove}>
          {t('engagement.plan.removeTeam')}
        </button>
      </div>
    </fieldset>
  );
}
