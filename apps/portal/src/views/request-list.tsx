import type { ReactNode } from 'react';
import type { CivicRequestView } from '../api/api-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync } from '../ui/use-async';

interface Props {
  title: string;
  empty: string;
  ids: string[];
  /** Extra action per request, e.g. the agent's callback. */
  action?: (request: CivicRequestView) => ReactNode;
}

/** Requests by id with where they stand now (there is no "my requests" list endpoint yet). */
export function RequestList({ title, empty, ids, action }: Props) {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const state = useAsync(() => Promise.all(ids.map(async (id) => (await api<CivicRequestView>('GET', `/requests/${id}`)).body)), [ids.join(','), api]);
  return (
    <section className="card" aria-labelledby="request-list-title">
      <div className="card-head">
        <h2 id="request-list-title">{title}</h2>
        <button type="button" onClick={state.reload}>
          {t('common.refresh')}
        </button>
      </div>
      {state.loading && !state.data && <Loading />}
      <ErrorMessage error={state.error} />
      {state.data && state.data.length === 0 && <p>{empty}</p>}
      <ul className="request-list">
        {state.data?.map((request) => (
          <li key={request.id} className="request-item" data-request-id={request.id} data-status={request.status}>
            <div className="request-line">
              <strong>{request.orderNo}</strong>
              <span className={`badge badge-${request.status}`}>{t(`status.${request.status}`)}</span>
            </div>
            <div>{t(`category.${request.categoryCode}`)} · {t(`area.${request.areaCode}`)}</div>
            <div className="muted">{request.description}</div>
            <div className="muted">
              {t('field.registeredAt')}: {formatDateTime(request.registeredAt)}
              {request.currentUnitCode && ` · ${t('field.unit')}: ${t(`unitName.${request.currentUnitCode}`)}`}
            </div>
            {action?.(request)}
          </li>
        ))}
      </ul>
    </section>
  );
}
