import { useI18n } from '../i18n/i18n';
import { SATISFACTION_LEVELS } from '../reference/demo-reference';
import { SelectField } from './fields';

interface Props {
  /** Makes the radio group's name unique on a page with several forms. */
  idSuffix: string;
  solved: 'yes' | 'no';
  onSolved(value: 'yes' | 'no'): void;
  satisfaction: string;
  onSatisfaction(value: string): void;
}

/** The two questions of a callback (回访): solved? how satisfied? — asked by an agent or answered by the resident. */
export function RatingFields({ idSuffix, solved, onSolved, satisfaction, onSatisfaction }: Props) {
  const { t } = useI18n();
  return (
    <>
      <fieldset className="field">
        <legend>{t('agent.callback.solved')}</legend>
        {(['yes', 'no'] as const).map((value) => (
          <label key={value} className="radio">
            <input type="radio" name={`solved-${idSuffix}`} value={value} checked={solved === value} onChange={() => onSolved(value)} /> {t(`common.${value}`)}
          </label>
        ))}
      </fieldset>
      <SelectField label={t('agent.callback.satisfaction')} name="satisfaction" value={satisfaction} options={SATISFACTION_LEVELS} prefix="satisfaction." onChange={onSatisfaction} required />
    </>
  );
}
