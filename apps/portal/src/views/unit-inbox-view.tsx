import { useState, type FormEvent } from 'react';
import type { AssignmentView, CivicRequestView } from '../api/api-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { REPLY_OUTCOMES } from '../reference/demo-reference';
import { useReference } from '../reference/district-reference';
import { formatDuration } from '../ui/duration';
import { Field, SelectField } from '../ui/fields';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync, useNow, useSubmit } from '../ui/use-async';
import { UnitOrderOversight } from '../oversight/unit-order-oversight';
import { UnitOversightPanel } from '../oversight/unit-oversight-panel';
import { CoHandlerList } from './unit/co-handler-list';
import { ReportToLead } from './unit/report-to-lead';

interface InboxItem {
  assignment: AssignmentView;
  /** Null when the request is not (yet) readable by this unit: the order is still shown, from its own fields. */
  request: CivicRequestView | null;
}

/** 承办: the unit's orders, the sign-for countdown, and sign / object / reply. */
export function UnitInboxView() {
  const { t } = useI18n();
  const { api } = useAuth();
  const inbox = useAsync(async () => {
    // The unit's requests in one list (GET /requests answers only the units' own), joined to its orders.
    const [assignments, requests] = await Promise.all([api<AssignmentView[]>('GET', '/assignments'), api<CivicRequestView[]>('GET', '/requests?limit=200')]);
    const byId = new Map(requests.body.map((request) => [request.id, request]));
    return assignments.body
      // A co-handler's order may arrive before (or without) the request being shared with its unit.
      .filter((assignment) => assignment.status !== 'withdrawn' && (byId.has(assignment.requestId) || assignment.role === 'co-handler'))
      .map((assignment) => ({ assignment, request: byId.get(assignment.requestId) ?? null }))
      .sort((a, b) => a.assignment.signForDeadline.localeCompare(b.assignment.signForDeadline));
  }, [api]);

  return (
    <section className="card" aria-labelledby="inbox-title">
      <div className="card-head">
        <h2 id="inbox-title">{t('unit.inbox.title')}</h2>
        <button type="button" onClick={inbox.reload}>
          {t('common.refresh')}
        </button>
      </div>
      {inbox.loading && !inbox.data && <Loading />}
      <ErrorMessage error={inbox.error} />
      <UnitOversightPanel onChanged={inbox.reload} />
      {inbox.data?.length === 0 && <p>{t('unit.inbox.empty')}</p>}
      <ul className="request-list">
        {inbox.data?.map((item) => <InboxRow key={item.assignment.id} item={item} onChanged={inbox.reload} />)}
      </ul>
    </section>
  );
}

function InboxRow({ item, onChanged }: { item: InboxItem; onChanged(): void }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const { categoryName, areaName } = useReference();
  const now = useNow();
  const [open, setOpen] = useState<'object' | 'reply' | null>(null);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('solved');
  const [text, setText] = useState('');
  const { assignment, request } = item;
  const left = new Date(assignment.signForDeadline).getTime() - now;
  const awaitingSignature = assignment.status === 'dispatched';
  const overdue = awaitingSignature && left < 0;
  const coHandler = assignment.role === 'co-handler';
  // The lead replies for all (首接负责); a co-handler reports to the lead instead.
  const canReply = !coHandler && assignment.status === 'signed' && request?.status === 'signed';

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
      {awaitingSignature ? (
        <div className={overdue ? 'deadline deadline-overdue' : 'deadline'}>
          {t('unit.signDeadline')}: {formatDateTime(assignment.signForDeadline)} ·{' '}
          <strong>{overdue ? t('unit.overdue', { time: formatDuration(t, left) }) : t('unit.remaining', { time: formatDuration(t, left) })}</strong>
        </div>
      ) : (
        <div className="muted">
          {t('unit.feedbackDeadline')}: {formatDateTime(assignment.feedbackDeadline)}
        </div>
      )}
      {assignment.objectionReason && <div className="muted">{t('unit.objection', { reason: assignment.objectionReason })}</div>}
      {coHandler && <ReportToLead assignment={assignment} leadUnitCode={request?.currentUnitCode ?? null} onReported={onChanged} />}
      {assignment.coHandlers && <CoHandlerList coHandlers={assignment.coHandlers} />}
      {assignment.status !== 'withdrawn' && <UnitOrderOversight assignment={assignment} onChanged={onChanged} />}
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
          <div className="actions">
            <button type="submit" className="primary" disabled={act.submitting}>
              {t('unit.objectSubmit')}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {t('unit.cancel')}
            </button>
          </div>
        </form>
      )}
      {open === 'reply' && (
        <form className="form-grid" onSubmit={submit('reply', { outcome, text })}>
          <SelectField label={t('unit.outcome')} name="outcome" value={outcome} options={REPLY_OUTCOMES} prefix="outcome." onChange={setOutcome} required />
          <Field label={t('unit.replyText')}>
            {(id) => <textarea id={id} name="text" value={text} onChange={(e) => setText(e.target.value)} required maxLength={4000} rows={3} />}
          </Field>
          <div className="actions">
            <button type="submit" className="primary" disabled={act.submitting}>
              {act.submitting ? t('common.submitting') : t('unit.replySubmit')}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {t('unit.cancel')}
            </button>
          </div>
        </form>
      )}
      <ErrorMessage error={act.error} />
    </li>
  );
}
