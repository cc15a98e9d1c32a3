import { useEffect, useState } from 'react';
import type { CallbackQueueItem } from '../api/oversight-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { ErrorMessage, Loading, Success } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { CallbackForm } from './callback-form';
import { OrderRef } from './order-ref';
import { useRequestSummaries } from './use-request-summaries';

/** 待回访: GET /callbacks — replied and expired requests, oldest first, with the calls made and left. */
export function CallbackQueue({ reloadKey, onRecorded }: { reloadKey: number; onRecorded(): void }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const { unitName } = useReference();
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const queue = useAsync(async () => (await api<CallbackQueueItem[]>('GET', '/callbacks')).body, [api]);
  const { reload } = queue;
  useEffect(() => {
    if (reloadKey > 0) reload();
  }, [reloadKey, reload]);
  const requests = useRequestSummaries(queue.data?.map((item) => item.requestId));
  return (
    <section className="card" aria-labelledby="callback-queue-title">
      <div className="card-head">
        <h2 id="callback-queue-title">{t('agent.queue.title')}</h2>
        <button type="button" onClick={queue.reload}>
          {t('common.refresh')}
        </button>
      </div>
      <Success>{done}</Success>
      {queue.loading && !queue.data && <Loading />}
      <ErrorMessage error={queue.error} />
      {queue.data?.length === 0 && <p>{t('agent.queue.empty')}</p>}
      <ul className="request-list">
        {queue.data?.map((item) => {
          const request = requests.get(item.requestId);
          return (
            <li key={item.requestId} className="request-item" data-request-id={item.requestId} data-status={item.status}>
              <OrderRef requestId={item.requestId} request={request} />
              {request && (
                <div>
                  {request.resident.name} · {request.resident.phone ?? t('common.none')} · {request.address}
                </div>
              )}
              <div className="muted">
                {t(`oversight.callbacks.because.${item.because ?? 'replied'}`)} · {t('oversight.callbacks.dueSince', { at: formatDateTime(item.dueSince) })}
                {item.unitCode && ` · ${unitName(item.unitCode)}`}
              </div>
              <div className={item.callsMade > 0 ? 'deadline' : 'muted'} data-calls-made={item.callsMade}>
                {t('oversight.callbacks.calls', { made: item.callsMade, left: item.callsLeft })}
              </div>
              <div className="actions">
                <button
                  type="button"
                  aria-expanded={open === item.requestId}
                  onClick={() => {
                    setDone(null);
                    setOpen(open === item.requestId ? null : item.requestId);
                  }}
                >
                  {t('agent.callback.open')}
                </button>
              </div>
              {open === item.requestId && (
                <CallbackForm
                  item={item}
                  onClose={() => setOpen(null)}
                  onRecorded={(status) => {
                    setDone(t('agent.callback.done', { status: t(`status.${status}`) }));
                    setOpen(null);
                    queue.reload();
                    onRecorded();
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
