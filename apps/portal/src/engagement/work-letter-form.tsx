import { useState, type FormEvent } from 'react';
import type { ReceptionIssueView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { fieldProblems } from '../ui/field-problems';
import { Field, FormActions, SelectField } from '../ui/fields';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';
import { ruleText } from './rule-text';

interface Props {
  issue: ReceptionIssueView;
  /** Deputies who may sign: those who received the issue (a deputy: only themself, when known). */
  signers: ReadonlyArray<{ id: string; name: string }>;
  onSent(): void;
  onCancel(): void;
}

/** Step 5: what the team deliberated and the work letter (交办函) to the responsible department, signed by a deputy. */
export function WorkLetterForm({ issue, signers, onSent, onCancel }: Props) {
  const { t, locale } = useI18n();
  const { api } = useAuth();
  const { unitOptions } = useReference();
  const [unitCode, setUnitCode] = useState('');
  const [deliberation, setDeliberation] = useState('');
  const [body, setBody] = useState('');
  const [signedBy, setSignedBy] = useState(signers.length === 1 ? signers[0]!.id : '');
  const submit = useSubmit(async () => {
    await api('POST', `/receptions/issues/${issue.id}/letter`, { body: { unitCode, deliberation: deliberation.trim(), body: body.trim(), signedByDeputyId: signedBy } });
    onSent();
  });
  const problems = fieldProblems(submit.error);
  const reason = (field: string) => (problems[field] ? ruleText(problems[field], locale) : undefined);
  return (
    <form
      className="form-grid"
      aria-label={t('engagement.letter.write')}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit.run();
      }}
    >
      <SelectField label={t('engagement.letter.unit')} value={unitCode} options={unitOptions} onChange={setUnitCode} required error={reason('unitCode')} />
      <Field label={t('engagement.letter.deliberation')} error={reason('deliberation')}>
        {(id, describedBy, invalid) => <textarea id={id} rows={3} required maxLength={4000} value={deliberation} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setDeliberation(e.target.value)} />}
      </Field>
      <Field label={t('engagement.letter.body')} error={reason('body')}>
        {(id, describedBy, invalid) => <textarea id={id} rows={4} required maxLength={8000} value={body} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <SelectField label={t('engagement.letter.signedBy')} value={signedBy} options={signers.map((signer) => ({ value: signer.id, label: signer.name }))} onChange={setSignedBy} required error={reason('signedByDeputyId')} />
      <p className="hint">{t('engagement.letter.hint')}</p>
      <ErrorMessage error={submit.error} />
      <FormActions submitLabel={t('engagement.letter.sign')} submitting={submit.submitting} onCancel={onCancel} />
    </form>
  );
}
