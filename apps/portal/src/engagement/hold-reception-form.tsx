import { useState, type FormEvent } from 'react';
import type { ReceptionDayDetail } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { Field, FormActions } from '../ui/fields';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';
import { emptyIssue, IssueFields, type IssueInput } from './issue-fields';

interface ResidentEntry {
  key: string;
  /** A pre-registered visitor (shown masked), or a walk-in with name and phone. */
  registrationId?: string;
  label?: string;
  received: boolean;
  name: string;
  phone: string;
  issues: IssueInput[];
}

let nextKey = 0;

/** Step 4: the reception as it took place — who of the team came, every resident received and every issue recorded. */
export function HoldReceptionForm({ day, onDone, onCancel }: { day: ReceptionDayDetail; onDone(warnings: string[]): void; onCancel(): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const [present, setPresent] = useState<string[]>(day.team.map((member) => member.id));
  const [entries, setEntries] = useState<ResidentEntry[]>(() =>
    day.registrations.map((registration) => ({
      key: registration.id,
      registrationId: registration.id,
      label: `${registration.visitor?.name ?? ''}：${registration.topic}`,
      received: true,
      name: '',
      phone: '',
      issues: [{ ...emptyIssue(day.placeAreaCode), description: registration.topic, categoryCode: registration.categoryCode ?? '' }],
    })),
  );
  const update = (key: string, change: Partial<ResidentEntry>) => setEntries((current) => current.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)));
  const submit = useSubmit(async () => {
    const residents = entries
      .filter((entry) => entry.received)
      .map((entry) => ({
        ...(entry.registrationId ? { registrationId: entry.registrationId } : { name: entry.name.trim(), phone: entry.phone.trim() }),
        issues: entry.issues.map((issue) => ({ ...issue, onSiteAnswer: issue.solvedOnSite ? issue.onSiteAnswer : undefined })),
      }));
    const response = await api<{ warnings?: string[] }>('POST', `/receptions/plans/${day.planId}/receptions`, { body: { date: day.date, presentDeputyIds: present, residents } });
    onDone(response.body.warnings ?? []);
  });
  return (
    <form
      className="form-grid"
      aria-label={t('engagement.hold')}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit.run();
      }}
    >
      <fieldset className="field">
        <legend>{t('engagement.hold.present')}</legend>
        {day.team.map((member) => (
          <label key={member.id} className="field-check">
            <input type="checkbox" checked={present.includes(member.id)} onChange={(e) => setPresent(e.target.checked ? [...present, member.id] : present.filter((id) => id !== member.id))} />
            {member.name}（{t(`engagement.body.${member.body}`)}）
          </label>
        ))}
      </fieldset>
      {entries.map((entry, index) => (
        <fieldset key={entry.key} className="field request-item">
          <legend>{t('engagement.hold.resident', { n: index + 1 })}</legend>
          {entry.registrationId ? (
            <label className="field-check">
              <input type="checkbox" checked={entry.received} onChange={(e) => update(entry.key, { received: e.target.checked })} />
              {t('engagement.hold.received', { who: entry.label ?? '' })}
            </label>
          ) : (
            <>
              <Field label={t('engagement.visitor.name')}>{(id) => <input id={id} required maxLength={100} value={entry.name} onChange={(e) => update(entry.key, { name: e.target.value })} />}</Field>
              <Field label={t('engagement.visitor.phone')}>{(id) => <input id={id} type="tel" required maxLength={40} value={entry.phone} onChange={(e) => update(entry.key, { phone: e.target.value })} />}</Field>
            </>
          )}
          {entry.received &&
            entry.issues.map((issue, i) => (
              <IssueFields
                key={i}
                legend={t('engagement.hold.issue', { n: i + 1 })}
                value={issue}
                onChange={(next) => update(entry.key, { issues: entry.issues.map((old, j) => (j === i ? next : old)) })}
                onRemove={() => update(entry.key, { issues: entry.issues.filter((_, j) => j !== i) })}
              />
            ))}
          {entry.received && (
            <div>
              <button type="button" className="link" onClick={() => update(entry.key, { issues: [...entry.issues, emptyIssue(day.placeAreaCode)] })}>
                {t('engagement.hold.addIssue')}
              </button>
            </div>
          )}
        </fieldset>
      ))}
      <div>
        <button
          type="button"
          onClick={() => setEntries([...entries, { key: `walk-in-${nextKey++}`, received: true, name: '', phone: '', issues: [emptyIssue(day.placeAreaCode)] }])}
        >
          {t('engagement.hold.addWalkIn')}
        </button>
      </div>
      <p className="hint">{t('engagement.hold.guideline')}</p>
      <ErrorMessage error={submit.error} />
      <FormActions submitLabel={t('engagement.hold.submit')} submitting={submit.submitting} onCancel={onCancel} />
    </form>
  );
}
