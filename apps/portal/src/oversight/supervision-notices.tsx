import type { SupervisionNoticeView } from '../api/oversight-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { ErrorMessage } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { OrderRef } from './order-ref';
import { useRequestSummaries } from './use-request-summaries';

/** 督办通知: the supervisors' notices to the unit on its orders, with the new deadline. */
export function SupervisionNotices() {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const { unitName } = useReference();
  const notices = useAsync(async () => (await api<SupervisionNoticeView[]>('GET', '/supervision/notices')).body, [api]);
  const requests = useRequestSummaries(notices.data?.map((notice) => notice.requestId));
  // Nothing to say until there is a notice: the inbox stays uncluttered (and has one refresh button).
  if (!notices.error && !notices.data?.length) return null;
  return (
    <section className="card notice" aria-labelledby="notices-title">
      <div className="card-head">
        <h2 id="notices-title">{t('oversight.notices.title')}</h2>
        <button type="button" onClick={notices.reload}>
          {t('common.refresh')}
        </button>
      </div>
      <ErrorMessage error={notices.error} />
      <ul className="request-list">
        {notices.data?.map((notice) => {
          const late = new Date(notice.dueAt).getTime() < Date.now();
          return (
            <li key={notice.id} className={`request-item${late ? ' overdue' : ''}`} data-assignment-id={notice.assignmentId}>
              <OrderRef requestId={notice.requestId} request={requests.get(notice.requestId)} />
              <div>{notice.note}</div>
              <div className={late ? 'deadline deadline-overdue' : 'deadline'}>
                {t('oversight.notices.due', { due: formatDateTime(notice.dueAt) })}
                {late && <strong> · {t('oversight.late')}</strong>}
              </div>
              <div className="muted">
                {t('oversight.notices.meta', {
                  unit: unitName(notice.unitCode),
                  at: formatDateTime(notice.issuedAt),
                  about: notice.about.map((kind) => t(`oversight.step.${kind}`)).join('、'),
                })}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
