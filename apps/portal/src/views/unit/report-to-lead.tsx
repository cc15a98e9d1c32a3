import { useState, type FormEvent } from 'react';
import type { AssignmentView } from '../../api/api-types';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/district-reference';
import { Field, FormActions } from '../../ui/fields';
import { fieldProblems } from '../../ui/field-problems';
import { ErrorMessage } from '../../ui/status';
import { useSubmit } from '../../ui/use-async';

/** 吹哨报到: a co-handler that signed for its order reports to the lead (POST /assignments/:id/report-to-lead). */
export function ReportToLead({ assignment, leadUnitCode, onReported }: { assignment: AssignmentView; leadUnitCode: string | null; onReported(): void }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const { unitName } = useReference();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const report = useSubmit(async () => {
    await api('POST', `/assignments/${assignment.id}/report-to-lead`, { body: { text } });
    setOpen(false);
    onReported();
  });
  const problems = fieldProblems(report.error);
  const late = assignment.reportDeadline !== null && assignment.reportDeadline !== undefined && Date.parse(assignment.reportDeadline) < Date.now();
  if (assignment.reportedAt) {
    return (
      <div className="reply" data-reported="true">
        {t('unit.report.done', { at: formatDateTime(assignment.reportedAt) })}
        {assignment.reportText && <div className="muted">{assignment.reportText}</div>}
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void report.run();
  };
  return (
    <>
      <div className={late ? 'deadline deadline-overdue' : 'deadline'}>
        {t('unit.report.deadline')}: {formatDateTime(assignment.reportDeadline)}
        {leadUnitCode && ` · ${t('unit.report.lead', { unit: unitName(leadUnitCode) })}`}
      </div>
      {assignment.status === 'signed' && !open && (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setOpen(true)}>
            {t('unit.report.open')}
          </button>
        </div>
      )}
      {open && (
        <form className="form-grid" onSubmit={submit}>
          <Field label={t('unit.report.text')} error={problems.text}>
            {(id, describedBy, invalid) => <textarea id={id} name="reportText" value={text} onChange={(e) => setText(e.target.value)} required minLength={2} maxLength={4000} rows={3} autoFocus aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
          </Field>
          <ErrorMessage error={report.error} />
          <FormActions submitLabel={t('unit.report.submit')} submitting={report.submitting} onCancel={() => setOpen(false)} />
        </form>
      )}
    </>
  );
}
