import { useState, type FormEvent } from 'react';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { UnitOrderOversight } from '../../oversight/unit-order-oversight';
import { REPLY_OUTCOMES } from '../../reference/demo-reference';
import { useReference } from '../../reference/district-reference';
import { formatDuration } from '../../ui/duration';
import { Field, FormActions, SelectField } from '../../ui/fields';
import { ErrorMessage } from '../../ui/status';
import { useNow, useSubmit } from '../../ui/use-async';
import { CoHandlerList } from './co-handler-list';
import { isOverdue, type InboxItem } from './inbox-filter';
import { ReportToLead } from './report-to-lead';

/** One order of the unit's inbox: where it stands, its countdown, and sign / object / reply. */
export function InboxRow({ item, onChanged }: { item: InboxItem; onChanged(): void }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const { categoryName, areaName } = useReference();
  const now = useNow();
  const [open, setOpen] = useState<'object' | 'reply' | null>(null);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('solved');
  const [text, setText] = useState('');
  const { assignment, request } = item;
  const awaitingSignature = assignment.status === 'dispatched';
  const overdue = isOverdue(item, now);
  const coHandler = assignment.role === 'co-handler';
  // The lead replies for all (首接负责); a co-handler reports to the lead instead.
  const canReply = !coHandler && assignment.status === 'signed' && request?.status === 'signed';
  const deadline = awaitingSignature ? assignment.signForDeadline : assignment.feedbackDeadline;
  const left = new Date(deadline).getTime() - now;

  const act = useSubmit(async (path: string, body?: unknown) => {
    await api('POST', `/assignments/${assignment.id}/${path}`, { body });
    setOpen(null);
    onChanged();
  });
  const submit = (path: string, body: unknown) => (event: FormEvent) => {
    event.preventDefault();
    void act.run(path, body);
  };

  return (
    <li className={`request-item${overdue ? ' overdue' : ''}`} data-assignment-id={assignment.id} data-request-id={assignment.requestId} data-role={assignment.role ?? 'lead'}>
      <div className="request-line">
        <strong>{request?.orderNo ?? t('unit.orderHidden')}</strong>
        <span>
          {coHandler && <span className="badge badge-co-handler">{t('unit.coHandlerBadge')}</span>} {request && <span className={`badge badge-${request.status}`}>{t(`status.${request.status}`)}</span>}
        </span>
      </div>
      {request && (
        <>
          <div>
            {categoryName(request.categoryCode)} · {areaName(request.areaCode)} · {request.address}
          </div>
          <div className="muted">{request.description}</div>
        </>
      )}
      <div className={overdue ? 'deadline deadline-overdue' : 'deadline'}>
        {t(awaitingSignature ? 'unit.signDeadline' : 'unit.feedbackDeadline')}: {formatDateTime(deadline)}
        {(awaitingSignature || overdue) && (
          <>
            {' · '}
            <strong>{overdue ? t('unit.overdue', { time: formatDuration(t, left) }) : t('unit.remaining', { time: formatDuration(t, left) })}</strong>
          </>
        )}
      </div>
      {assignment.objectionReason && <div className="muted">{t('unit.objection', { reason: assignment.objectionReason })}</div>}
      {coHandler && <ReportToLead assignment={assignment} leadUnitCode={request?.currentUnitCode ?? null} onReported={onChanged} />}
      {assignment.coHandlers && <CoHandlerList coHandlers={assignment.coHandlers} />}
      <div className="actions">
        {awaitingSignature && (
          <>
            <button type="button" className="primary" disabled={act.submitting} onClick={() => void act.run('sign')}>
              {t('unit.sign')}
            </button>
            <button type="button" aria-expanded={open === 'object'} onClick={() => setOpen(open === 'object' ? null : 'object')}>
              {t('unit.object')}
            </button>
          </>
        )}
        {canReply && (
          <button type="button" className="primary" aria-expanded={open === 'reply'} onClick={() => setOpen(open === 'reply' ? null : 'reply')}>
            {t('unit.reply')}
          </button>
        )}
      </div>
      {open === 'object' && (
        <form className="form-grid" onSubmit={submit('objection', { reason })}>
          <Field label={t('unit.objectReason')}>
            {(id) => <textarea id={id} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} required minLength={2} maxLength={2000} rows={3} autoFocus />}
          </Field>
          <FormActions submitLabel={t('unit.objectSubmit')} submitting={act.submitting} onCancel={() => setOpen(null)} />
        </form>
      )}
      {open === 'reply' && (
        <form className="form-grid" onSubmit={submit('reply', { outcome, text })}>
          <SelectField label={t('unit.outcome')} name="outcome" value={outcome} options={REPLY_OUTCOMES} prefix="outcome." onChange={setOutcome} required />
          <Field label={t('unit.replyText')}>
            {(id) => <textarea id={id} name="text" value={text} onChange={(e) => setText(e.target.value)} required maxLength={4000} rows={3} />}
          </Field>
          <FormActions submitLabel={t('unit.replySubmit')} submitting={act.submitting} onCancel={() => setOpen(null)} />
        </form>
      )}
      <ErrorMessage error={act.error} />
      {assignment.status !== 'withdrawn' && <UnitOrderOversight assignment={assignment} onChanged={onChanged} />}
    </li>
  );
}
