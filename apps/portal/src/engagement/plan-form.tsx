import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-client';
import type { ReceptionPlanView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { fieldProblems } from '../ui/field-problems';
import { Field, SelectField } from '../ui/fields';
import { ErrorMessage, Success } from '../ui/status';
import { useSubmit } from '../ui/use-async';
import { teamProblems } from './reception-rules';
import { TeamPicker } from './team-picker';
import { useDeputies } from './use-deputies';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
const KINDS = ['last-weekday-of-month', 'nth-weekdays-of-month'] as const;
const COMPOSITIONS = ['two-representatives-one-member', 'free'] as const;

/** Step 1: a street's annual plan (年度计划) — dates by a rule, places rotating over communities, a team per date. */
export function PlanForm() {
  const { t } = useI18n();
  const { api, session } = useAuth();
  const { data, areaOptions } = useReference();
  const { list: deputies } = useDeputies();
  const streets = data.units.filter((unit) => unit.kind === 'street' && (session?.roles.includes('district-admin') || session?.units.includes(unit.code)));
  const [street, setStreet] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [fromMonth, setFromMonth] = useState('1');
  const [kind, setKind] = useState<string>('last-weekday-of-month');
  const [weekday, setWeekday] = useState('4');
  const [nths, setNths] = useState<number[]>([2, 4]);
  const [communities, setCommunities] = useState<string[]>([]);
  const [composition, setComposition] = useState<string>('two-representatives-one-member');
  const [teams, setTeams] = useState<string[][]>([[]]);
  const [made, setMade] = useState<ReceptionPlanView | null>(null);
  const submit = useSubmit(async () => {
    setMade(null);
    const body = {
      streetUnitCode: street,
      year: Number(year),
      fromMonth: Number(fromMonth),
      rule: { kind, weekday: Number(weekday), ...(kind === 'nth-weekdays-of-month' ? { nths } : {}) },
      communityAreaCodes: communities,
      composition,
      teams: teams.map((deputyIds) => ({ deputyIds })),
    };
    setMade((await api<ReceptionPlanView>('POST', '/receptions/plans', { body })).body);
  });
  const problems = fieldProblems(submit.error);
  // A team may break two rules at once: read the list, not the one-reason-per-field map.
  const listed = submit.error instanceof ApiError && submit.error.status === 400 ? ((submit.error.details as { problems?: Array<{ field: string; reason: string }> } | undefined)?.problems ?? []) : [];
  const byTeam = teamProblems(listed);
  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));
  return (
    <section className="card" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('engagement.plan.title')}</h2>
      <p className="muted">{t('engagement.plan.intro')}</p>
      <form
        className="form-grid"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void submit.run();
        }}
      >
        <SelectField label={t('engagement.street')} value={street} options={streets.map((unit) => ({ value: unit.code, label: unit.name }))} onChange={setStreet} required error={problems.streetUnitCode} />
        <div className="settings-grid">
          <Field label={t('engagement.plan.year')} error={problems.year}>{(id) => <input id={id} type="number" min={2000} max={2100} required value={year} onChange={(e) => setYear(e.target.value)} />}</Field>
          <Field label={t('engagement.plan.fromMonth')} error={problems.fromMonth}>{(id) => <input id={id} type="number" min={1} max={12} value={fromMonth} onChange={(e) => setFromMonth(e.target.value)} />}</Field>
          <SelectField label={t('engagement.plan.rule')} value={kind} options={KINDS} prefix="engagement.rule-kind." onChange={setKind} required />
          <SelectField label={t('engagement.plan.weekday')} value={weekday} options={WEEKDAYS} prefix="engagement.weekday." onChange={setWeekday} required error={problems['rule.weekday']} />
        </div>
        {kind === 'nth-weekdays-of-month' && (
          <fieldset className="field">
            <legend>{t('engagement.plan.nths')}</legend>
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="radio">
                <input type="checkbox" checked={nths.includes(n)} onChange={(e) => setNths(toggle(nths, n, e.target.checked).sort())} />
                {t('engagement.plan.nth', { n })}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="field" aria-describedby={problems.communityAreaCodes ? 'plan-communities-error' : undefined}>
          <legend>{t('engagement.plan.communities')}</legend>
          {areaOptions.map((area) => (
            <label key={area.value} className="field-check">
              <input type="checkbox" checked={communities.includes(area.value)} onChange={(e) => setCommunities(toggle(communities, area.value, e.target.checked))} />
              {area.label}
              {communities.includes(area.value) && <span className="muted">（{t('engagement.plan.rotation', { n: communities.indexOf(area.value) + 1 })}）</span>}
            </label>
          ))}
          {problems.communityAreaCodes && (
            <small id="plan-communities-error" className="field-error">
              {problems.communityAreaCodes}
            </small>
          )}
        </fieldset>
        <SelectField label={t('engagement.plan.composition')} value={composition} options={COMPOSITIONS} prefix="engagement.composition." onChange={setComposition} required />
        {teams.map((team, index) => (
          <TeamPicker
            key={index}
            index={index}
            deputies={deputies}
            chosen={team}
            problems={byTeam.get(index) ?? []}
            onChange={(ids) => setTeams(teams.map((old, i) => (i === index ? ids : old)))}
            onRemove={() => setTeams(teams.filter((_, i) => i !== index))}
          />
        ))}
        <div className="actions">
          <button type="button" onClick={() => setTeams([...teams, []])}>
            {t('engagement.plan.addTeam')}
          </button>
          <button type="submit" className="primary" disabled={submit.submitting}>
            {submit.submitting ? t('common.submitting') : t('engagement.plan.submit')}
          </button>
        </div>
        <ErrorMessage error={submit.error} />
        <Success>{made ? t('engagement.plan.made', { days: made.days.length, first: made.days[0]?.date ?? '' }) : null}</Success>
      </form>
    </section>
  );
}
