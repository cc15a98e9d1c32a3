import { useState, type FormEvent } from 'react';
import type { StationIssueView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { REQUEST_TYPES } from '../reference/demo-reference';
import { useReference } from '../reference/district-reference';
import { fieldProblems } from '../ui/field-problems';
import { Field, FormActions, SelectField } from '../ui/fields';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';

/** 交办: a message handed on as a request (channel station) — to a named unit, or by the dispatch catalogue when none is chosen. */
export function HandOnForm({ issue, onDone, onCancel }: { issue: StationIssueView; onDone(): void; onCancel(): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const { categoryOptions, areaOptions, unitOptions } = useReference();
  const [values, setValues] = useState({ type: 'complaint', categoryCode: issue.categoryCode ?? '', areaCode: issue.areaCode ?? '', address: issue.address ?? '', unitCode: '', note: '' });
  const set = (name: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  const submit = useSubmit(async () => {
    await api('POST', `/station-issues/${issue.id}/hand-on`, { body: { ...values, unitCode: values.unitCode || undefined, note: values.note.trim() || undefined } });
    onDone();
  });
  const problems = fieldProblems(submit.error);
  return (
    <form
      className="form-grid"
      aria-label={t('engagement.station.handOn')}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit.run();
      }}
    >
      <SelectField label={t('field.type')} value={values.type} options={REQUEST_TYPES} prefix="type." onChange={set('type')} required error={problems.type} />
      <SelectField label={t('field.category')} value={values.categoryCode} options={categoryOptions} onChange={set('categoryCode')} required error={problems.categoryCode} />
      <SelectField label={t('field.area')} value={values.areaCode} options={areaOptions} onChange={set('areaCode')} required error={problems.areaCode} />
      <Field label={t('field.address')} error={problems.address}>
        {(id, describedBy, invalid) => <input id={id} required maxLength={500} value={values.address} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('address')(e.target.value)} />}
      </Field>
      <SelectField label={t('engagement.station.handOnUnit')} value={values.unitCode} options={unitOptions} onChange={set('unitCode')} error={problems.unitCode} emptyLabel={t('engagement.station.byCatalogue')} />
      <Field label={t('engagement.station.handOnNote')} error={problems.note}>
        {(id, describedBy, invalid) => <textarea id={id} rows={2} maxLength={2000} value={values.note} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('note')(e.target.value)} />}
      </Field>
      <ErrorMessage error={submit.error} />
      <FormActions submitLabel={t('engagement.station.handOnSubmit')} submitting={submit.submitting} onCancel={onCancel} />
    </form>
  );
}
