import { useState } from 'react';
import type { ExtensionView } from '../api/oversight-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { ErrorMessage, Loading, Success } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { ApproveRefuse } from './approve-refuse';
import { OrderRef } from './order-ref';
import { useRequestSummaries } from './use-request-summaries';

/** 延期审批: extensions waiting for a dispatcher; granting moves the order's feedback deadline. */
export function ExtensionQueue() {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const { unitName } = useReference();
  const [done, setDone] = useState<string | null>(null);
  const queue = useAsync(async () => (await api<ExtensionView[]>('GET', '/extensions')).body, [api]);
  const requests = useRequestSummaries(queue.data?.map((extension) => extension.requestId));
  const decide = async (extension: ExtensionView, decision: 'approve' | 'refuse', note: string) => {
    await api('POST', `/extensions/${extension.id}/decision`, { body: { decision, note } });
    setDone(decision === 'approve' ? t('oversight.extensions.granted', { due: formatDateTime(extension.requestedDeadline) }) : t('oversight.extensions.refused'));
    queue.reload();
  };
  return (
    <section className="card" aria-labelledby="extensions-title">
      <div className="card-head">
        <h2 id="extensions-title">{t('oversight.extensions.title')}</h2>
        <button type="button" onClick={queue.reload}>
          {t('common.refresh')}
        </button>
      </div>
      {queue.loading && !queue.data && <Loading />}
      <ErrorMessage error={queue.error} />
      <Success>{done}</Success>
      {queue.data?.length === 0 && <p>{t('oversight.extensions.empty')}</p>}
      <ul className="request-list">
        {queue.data?.map((extension) => (
          <li key={extension.id} className="request-item" data-extension-id={extension.id} data-request-id={extension.requestId}>
            <OrderRef requestId={extension.requestId} request={requests.get(extension.requestId)} />
            <div>
              {unitName(extension.unitCode)}: {extension.reason}
            </div>
            <div className="deadline">
              {t('oversight.extension.dates', { from: formatDateTime(extension.previousDeadline), to: formatDateTime(extension.requestedDeadline) })}
            </div>
            <div className="muted">{t('oversight.raisedAt', { at: formatDateTime(extension.requestedAt) })}</div>
            <ApproveRefuse
              approveLabel={t('oversight.extensions.grant')}
              refuseLabel={t('oversight.extensions.refuse')}
              noteLabel={t('oversight.note')}
              onApprove={(note) => decide(extension, 'approve', note)}
              onRefuse={(note) => decide(extension, 'refuse', note)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
