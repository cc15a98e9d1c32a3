import { useState, type FormEvent } from 'react';
import { TRIAGE_LEVELS, type CommunityIssueView, type TriageLevel } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { fieldProblems } from '../ui/field-problems';
import { Field, FormActions } from '../ui/fields';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';
import { emptyOrder, OrderFields } from './order-fields';
import { ruleText } from './rule-text';

/** Three ways (分类): solved by residents themselves, a community deliberation, or ordered from a department. */
export function TriageCommunityIssue({ issue, onDone, onCancel }: { issue: CommunityIssueView; onDone(level: TriageLevel): void; onCancel(): void }) {
  const { t, locale } = useI18n();
  const { api } = useAuth();
  const [level, setLevel] = useState<TriageLevel>('self-solved');
  const [resolution, setResolution] = useState('');
  const [order, setOrder] = useState(emptyOrder);
  const submit = useSubmit(async () => {
    const body = level === 'self-solved' ? { level, resolution: resolution.trim() } : level === 'department' ? { level, order: { ...order, note: order.note?.trim() || undefined } } : { level };
    await api('POST', `/deliberation/issues/${issue.id}/triage`, { body });
    onDone(level);
  });
  const problems = Object.fromEntries(Object.entries(fieldProblems(submit.error)).map(([field, reason]) => [field, ruleText(reason, locale)]));
  return (
    <form
      className="form-grid"
      aria-label={t('engagement.community.triage')}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit.run();
      }}
    >
      <fieldset className="field">
        <legend>{t('engagement.community.level')}</legend>
        {TRIAGE_LEVELS.map((option) => (
          <label key={option} className="radio">
            <input type="radio" name={`level-${issue.id}`} value={option} checked={level === option} onChange={() => setLevel(option)} />
            {t(`engagement.level.${option}`)}
          </label>
        ))}
      </fieldset>
      {level === 'self-solved' && (
        <Field label={t('engagement.community.resolution')} error={problems.resolution}>
          {(id, describedBy, invalid) => <textarea id={id} rows={2} required maxLength={2000} value={resolution} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setResolution(e.target.value)} />}
        </Field>
      )}
      {level === 'department' && <OrderFields value={order} onChange={setOrder} problems={problems} prefix="order." />}
      <ErrorMessage error={submit.error} />
      <FormActions submitLabel={t('engagement.community.triageSubmit')} submitting={submit.submitting} onCancel={onCancel} />
    </form>
  );
}
