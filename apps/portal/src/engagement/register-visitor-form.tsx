import { useState, type FormEvent } from 'react';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { fieldProblems } from '../ui/field-problems';
import { Field, FormActions, SelectField } from '../ui/fields';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';

/** Step 2: a visitor registers for the day with a topic (预约登记) — by the liaison for them, or a resident for themself. */
export function RegisterVisitorForm({ receptionId, onDone, onCancel }: { receptionId: string; onDone(): void; onCancel(): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const { categoryOptions } = useReference();
  const [values, setValues] = useState({ visitorName: '', visitorPhone: '', topic: '', categoryCode: '' });
  const set = (name: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  const submit = useSubmit(async () => {
    await api('POST', `/receptions/${receptionId}/registrations`, { body: { ...values, categoryCode: values.categoryCode || undefined } });
    onDone();
  });
  const problems = fieldProblems(submit.error);
  return (
    <form
      className="form-grid"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit.run();
      }}
    >
      <Field label={t('engagement.visitor.name')} error={problems.visitorName}>
        {(id, describedBy, invalid) => <input id={id} value={values.visitorName} required maxLength={100} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('visitorName')(e.target.value)} />}
      </Field>
      <Field label={t('engagement.visitor.phone')} error={problems.visitorPhone}>
        {(id, describedBy, invalid) => (
          <input id={id} type="tel" value={values.visitorPhone} required maxLength={40} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('visitorPhone')(e.target.value)} />
        )}
      </Field>
      <Field label={t('engagement.visitor.topic')} error={problems.topic}>
        {(id, describedBy, invalid) => <textarea id={id} rows={2} value={values.topic} required maxLength={2000} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('topic')(e.target.value)} />}
      </Field>
      <SelectField label={t('engagement.visitor.category')} value={values.categoryCode} options={categoryOptions} onChange={set('categoryCode')} error={problems.categoryCode} emptyLabel={t('engagement.optional')} />
      <ErrorMessage error={submit.error} />
      <FormActions submitLabel={t('engagement.register.submit')} submitting={submit.submitting} onCancel={onCancel} />
    </form>
  );
}
