import { useState, type FormEvent } from 'react';
import type { StationView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { fieldProblems } from '../ui/field-problems';
import { Field, FormActions, SelectField } from '../ui/fields';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';
import { useDeputies } from './use-deputies';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
const KINDS = ['nth-weekdays-of-month', 'last-weekday-of-month'] as const;

/** An opening schedule (e.g. the 2nd and 4th Thursday afternoons) at the station or one of its points, with the deputies who sit then. */
export function ScheduleForm({ station, onDone, onCancel }: { station: StationView; onDone(): void; onCancel(): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const { list: deputies } = useDeputies();
  const [pointId, setPointId] = useState('');
  const [kind, setKind] = useState<string>('nth-weekdays-of-month');
  const [weekday, setWeekday] = useState('4');
  const [nths, setNths] = useState<number[]>([2, 4]);
  const [startTime, setStartTime] = useState('14:00');
  const [endTime, setEndTime] = useState('17:00');
  const [topic, setTopic] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const submit = useSubmit(async () => {
    const rule = { kind, weekday: Number(weekday), ...(kind === 'nth-weekdays-of-month' ? { nths } : {}) };
    await api('POST', `/stations/${station.id}/schedules`, { body: { ...(pointId ? { pointId } : {}), rule, startTime, endTime, deputyIds: chosen, ...(topic.trim() ? { topic: topic.trim() } : {}) } });
    onDone();
  });
  const problems = fieldProblems(submit.error);
  return (
    <form
      className="form-grid"
      aria-label={t('engagement.schedule.new')}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit.run();
      }}
    >
      <SelectField label={t('engagement.schedule.place')} value={pointId} options={station.points.map((point) => ({ value: point.id, label: point.name }))} onChange={setPointId} emptyLabel={station.name} error={problems.pointId} />
      <div className="settings-grid">
        <SelectField label={t('engagement.plan.rule')} value={kind} options={KINDS} prefix="engagement.rule-kind." onChange={setKind} required error={problems.rule} />
        <SelectField label={t('engagement.plan.weekday')} value={weekday} options={WEEKDAYS} prefix="engagement.weekday." onChange={setWeekday} required />
        <Field label={t('engagement.schedule.start')} error={problems.startTime}>{(id) => <input id={id} type="time" required value={startTime} onChange={(e) => setStartTime(e.target.value)} />}</Field>
        <Field label={t('engagement.schedule.end')} error={problems.endTime}>{(id) => <input id={id} type="time" required value={endTime} onChange={(e) => setEndTime(e.target.value)} />}</Field>
      </div>
      {kind === 'nth-weekdays-of-month' && (
        <fieldset className="field">
          <legend>{t('engagement.plan.nths')}</legend>
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="radio">
              <input type="checkbox" checked={nths.includes(n)} onChange={(e) => setNths(e.target.checked ? [...nths, n].sort() : nths.filter((x) => x !== n))} />
              {t('engagement.plan.nth', { n })}
            </label>
          ))}
        </fieldset>
      )}
      <Field label={t('engagement.schedule.topic')} hint={t('engagement.schedule.topicHint')}>{(id, describedBy) => <input id={id} maxLength={200} value={topic} aria-describedby={describedBy} onChange={(e) => setTopic(e.target.value)} />}</Field>
      <fieldset className="field">
        <legend>{t('engagement.schedule.deputies')}</legend>
        {deputies.map((deputy) => (
          <label key={deputy.id} className="field-check">
            <input type="checkbox" checked={chosen.includes(deputy.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, deputy.id] : chosen.filter((id) => id !== deputy.id))} />
            {deputy.name}（{t(`engagement.body.${deputy.body}`)}）· {deputy.profession}
          </label>
        ))}
        {problems.deputyIds && <small className="field-error">{problems.deputyIds}</small>}
      </fieldset>
      <ErrorMessage error={submit.error} />
      <FormActions submitLabel={t('engagement.schedule.create')} submitting={submit.submitting} onCancel={onCancel} />
    </form>
  );
}
