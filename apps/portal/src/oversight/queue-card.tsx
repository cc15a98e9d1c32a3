import { useState, type ReactNode } from 'react';
import type { CivicRequestView } from '../api/api-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading, Success } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { useRequestSummaries } from './use-request-summaries';

export interface QueueItem {
  id: string;
  requestId: string;
}

interface Props<T extends QueueItem> {
  /** The id of the card's heading. */
  id: string;
  title: string;
  empty: string;
  /** GET path of the queue under /api/v1. */
  path: string;
  /** One row; `done` reports what was done (shown above the list) and reloads the queue. */
  renderItem(item: T, request: CivicRequestView | undefined, done: (message: string) => void): ReactNode;
}

/** A work queue as a card: loaded from the server, refreshable, each row with its order's summary. */
export function QueueCard<T extends QueueItem>({ id, title, empty, path, renderItem }: Props<T>) {
  const { t } = useI18n();
  const { api } = useAuth();
  const [message, setMessage] = useState<string | null>(null);
  const queue = useAsync(async () => (await api<T[]>('GET', path)).body, [api, path]);
  const requests = useRequestSummaries(queue.data?.map((item) => item.requestId));
  const done = (text: string) => {
    setMessage(text);
    queue.reload();
  };
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card-head">
        <h2 id={id}>{title}</h2>
        <button type="button" onClick={queue.reload}>
          {t('common.refresh')}
        </button>
      </div>
      {queue.loading && !queue.data && <Loading />}
      <ErrorMessage error={queue.error} />
      <Success>{message}</Success>
      {queue.data?.length === 0 && <p>{empty}</p>}
      <ul className="request-list">{queue.data?.map((item) => renderItem(item, requests.get(item.requestId), done))}</ul>
    </section>
  );
}
