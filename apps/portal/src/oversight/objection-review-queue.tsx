import { useState } from 'react';
import type { ObjectionView } from '../api/oversight-types';
import type { CivicRequestView } from '../api/api-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { formatDuration } from '../ui/duration';
import { useNow } from '../ui/use-async';
import { NoteForm } from './note-form';
import { OrderRef } from './order-ref';
import { QueueCard } from './queue-card';

/**
 * 异议审核: objections waiting for review. Dispatchers see the first two on an order; the supervisor
 * arbitrates from the third (the server picks by role). Uphold sends the order to another unit.
 */
export function ObjectionReviewQueue({ arbitration = false }: { arbitration?: boolean }) {
  const { t } = useI18n();
  return (
    <QueueCard<ObjectionView>
      id="objections-title"
      title={arbitration ? t('oversight.objections.arbitrationTitle') : t('oversight.objections.title')}
      empty={t('oversight.objections.empty')}
      path="/objections"
      renderItem={(objection, request, done) => <ObjectionRow key={objection.id} objection={objection} request={request} onReviewed={done} />}
    />
  );
}

function ObjectionRow({ objection, request, onReviewed }: { objection: ObjectionView; request: CivicRequestView | undefined; onReviewed(message: string): void }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const { unitName } = useReference();
  const now = useNow(30_000);
  const [open, setOpen] = useState<'uphold' | 'reject' | null>(null);
  const left = objection.reviewDueAt ? new Date(objection.reviewDueAt).getTime() - now : null;
  const late = left !== null && left < 0;
  const review = (decision: 'uphold' | 'reject', body: { note: string; unitCode?: string }) =>
    api('POST', `/assignments/${objection.assignmentId}/objection/review`, { body: { decision, ...body } });
  return (
    <li className={`request-item${late ? ' overdue' : ''}`} data-objection-id={objection.id} data-request-id={objection.requestId}>
      <OrderRef requestId={objection.requestId} request={request} />
      <div>
        {t('oversight.objections.from', { unit: unitName(objection.unitCode), no: objection.objectionNo })}: {objection.reason}
      </div>
      <div className="muted">{t('oversight.raisedAt', { at: formatDateTime(objection.raisedAt) })}</div>
      {objection.reviewDueAt && left !== null && (
        <div className={late ? 'deadline deadline-overdue' : 'deadline'}>
          {t('oversight.objections.reviewDue', { due: formatDateTime(objection.reviewDueAt) })} ·{' '}
          <strong>{late ? t('unit.overdue', { time: formatDuration(t, left) }) : t('unit.remaining', { time: formatDuration(t, left) })}</strong>
        </div>
      )}
      <div className="actions">
        <button type="button" className="primary" aria-expanded={open === 'uphold'} onClick={() => setOpen(open === 'uphold' ? null : 'uphold')}>
          {t('oversight.objections.uphold')}
        </button>
        <button type="button" aria-expanded={open === 'reject'} onClick={() => setOpen(open === 'reject' ? null : 'reject')}>
          {t('oversight.objections.reject')}
        </button>
      </div>
      {open === 'uphold' && (
        <NoteForm
          unitLabel={t('oversight.objections.newUnit')}
          excludeUnit={objection.unitCode}
          noteLabel={t('oversight.note')}
          submitLabel={t('oversight.objections.upholdSubmit')}
          onCancel={() => setOpen(null)}
          onSubmit={async ({ note, unitCode }) => {
            await review('uphold', { note, unitCode });
            onReviewed(t('oversight.objections.upheld', { unit: unitName(unitCode) }));
          }}
        />
      )}
      {open === 'reject' && (
        <NoteForm
          noteLabel={t('oversight.objections.rejectReason')}
          noteRequired
          submitLabel={t('oversight.objections.rejectSubmit')}
          onCancel={() => setOpen(null)}
          onSubmit={async ({ note }) => {
            await review('reject', { note });
            onReviewed(t('oversight.objections.rejected'));
          }}
        />
      )}
    </li>
  );
}
