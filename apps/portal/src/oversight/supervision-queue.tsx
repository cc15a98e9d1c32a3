import { useState } from 'react';
import type { CivicRequestView } from '../api/api-types';
import type { SupervisionItemView } from '../api/oversight-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { formatDuration } from '../ui/duration';
import { FlagUnreasonable } from './flag-unreasonable';
import { NoteForm } from './note-form';
import { OrderRef } from './order-ref';
import { QueueCard } from './queue-card';

/** 督办: the district's overdue orders, how late, and a notice to the unit with a new deadline. */
export function SupervisionQueue() {
  const { t } = useI18n();
  return (
    <QueueCard<SupervisionItemView>
      id="supervision-title"
      title={t('oversight.supervision.title')}
      empty={t('oversight.supervision.empty')}
      path="/supervision"
      renderItem={(item, request, done) => <SupervisionRow key={item.id} item={item} request={request} onIssued={done} />}
    />
  );
}

function SupervisionRow({ item, request, onIssued }: { item: SupervisionItemView; request: CivicRequestView | undefined; onIssued(message: string): void }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const { unitName } = useReference();
  const [open, setOpen] = useState(false);
  return (
    <li className="request-item overdue" data-supervision-id={item.id} data-request-id={item.requestId}>
      <OrderRef requestId={item.requestId} request={request} />
      <div>
        {unitName(item.unitCode)} · {t(`oversight.step.${item.kind}`)}
      </div>
      <div className="deadline deadline-overdue">
        {t('oversight.supervision.due', { due: formatDateTime(item.dueAt) })} · <strong>{t('unit.overdue', { time: formatDuration(t, item.minutesLate * 60_000) })}</strong>
      </div>
      <div className="actions">
        <button type="button" className="primary" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('oversight.supervision.notice')}
        </button>
      </div>
      {open && (
        <NoteForm
          deadlineLabel={t('oversight.supervision.newDeadline')}
          noteLabel={t('oversight.supervision.noteLabel')}
          noteRequired
          submitLabel={t('oversight.supervision.submit')}
          onCancel={() => setOpen(false)}
          onSubmit={async ({ note, deadline }) => {
            await api('POST', `/supervision/${item.assignmentId}/notice`, { body: { note, dueAt: deadline } });
            onIssued(t('oversight.supervision.issued', { unit: unitName(item.unitCode), due: formatDateTime(deadline) }));
          }}
        />
      )}
      <FlagUnreasonable requestId={item.requestId} />
    </li>
  );
}
