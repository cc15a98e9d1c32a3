import type { ExtensionView, ObjectionView } from '../api/oversight-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { ApproveRefuse } from './approve-refuse';
import { OrderRef } from './order-ref';
import { useRequestSummaries } from './use-request-summaries';

/** A unit manager's step (when the district requires it): objections and extensions of the unit waiting for approval. */
export function ManagerApprovals({ onChanged }: { onChanged(): void }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const waiting = useAsync(async () => {
    const [objections, extensions] = await Promise.all([
      api<ObjectionView[]>('GET', '/objections?state=awaiting-manager'),
      api<ExtensionView[]>('GET', '/extensions?state=awaiting-manager'),
    ]);
    return { objections: objections.body, extensions: extensions.body };
  }, [api]);
  const requests = useRequestSummaries([...(waiting.data?.objections ?? []), ...(waiting.data?.extensions ?? [])].map((item) => item.requestId));
  const decided = () => {
    waiting.reload();
    onChanged();
  };
  const empty = waiting.data && waiting.data.objections.length + waiting.data.extensions.length === 0;
  return (
    <section className="card" aria-labelledby="approvals-title">
      <div className="card-head">
        <h2 id="approvals-title">{t('oversight.manager.title')}</h2>
        <button type="button" onClick={waiting.reload}>
          {t('common.refresh')}
        </button>
      </div>
      {waiting.loading && !waiting.data && <Loading />}
      <ErrorMessage error={waiting.error} />
      {empty && <p>{t('oversight.manager.empty')}</p>}
      <ul className="request-list">
        {waiting.data?.objections.map((objection) => (
          <li key={objection.id} className="request-item" data-objection-id={objection.id}>
            <OrderRef requestId={objection.requestId} request={requests.get(objection.requestId)} />
            <div>
              <span className="badge">{t('oversight.objection.badge')}</span> {objection.reason}
            </div>
            <div className="muted">{t('oversight.raisedAt', { at: formatDateTime(objection.raisedAt) })}</div>
            <ApproveRefuse
              approveLabel={t('oversight.manager.approve')}
              refuseLabel={t('oversight.manager.refuse')}
              noteLabel={t('oversight.note')}
              onApprove={async () => {
                await api('POST', `/assignments/${objection.assignmentId}/objection/manager-decision`, { body: { decision: 'approve' } });
                decided();
              }}
              onRefuse={async (note) => {
                await api('POST', `/assignments/${objection.assignmentId}/objection/manager-decision`, { body: { decision: 'refuse', note } });
                decided();
              }}
            />
          </li>
        ))}
        {waiting.data?.extensions.map((extension) => (
          <li key={extension.id} className="request-item" data-extension-id={extension.id}>
            <OrderRef requestId={extension.requestId} request={requests.get(extension.requestId)} />
            <div>
              <span className="badge">{t('oversight.extension.badge')}</span> {extension.reason}
            </div>
            <div className="muted">
              {t('oversight.extension.dates', { from: formatDateTime(extension.previousDeadline), to: formatDateTime(extension.requestedDeadline) })}
            </div>
            <ApproveRefuse
              approveLabel={t('oversight.manager.approve')}
              refuseLabel={t('oversight.manager.refuse')}
              noteLabel={t('oversight.note')}
              onApprove={async () => {
                await api('POST', `/extensions/${extension.id}/decision`, { body: { decision: 'approve' } });
                decided();
              }}
              onRefuse={async (note) => {
                await api('POST', `/extensions/${extension.id}/decision`, { body: { decision: 'refuse', note } });
                decided();
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
