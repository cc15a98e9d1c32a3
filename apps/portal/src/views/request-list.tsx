import type { ReactNode } from 'react';
import type { CivicRequestView } from '../api/api-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { RequestOutcome } from './request-outcome';
import { RequestPhotos } from './request-photos';
import { RequestTimeline } from './request-timeline';

interface Props {
  title: string;
  empty: string;
  /** Query string of GET /requests, e.g. "status=replied" or "phone=13800138000"; the server applies who sees what. */
  query?: string;
  /** Changing it reloads the list (e.g. after a registration). */
  reloadKey?: number;
  /** Shows the resident's name and phone as the server gave them (masked unless the role needs them). */
  showResident?: boolean;
  /** Extra action per request, e.g. the agent's callback. */
  action?: (request: CivicRequestView) => ReactNode;
}

/** Requests in the user's view, newest first, with where they stand now. */
export function RequestList({ title, empty, query = '', reloadKey = 0, showResident = false, action }: Props) {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const { categoryName, areaName, unitName } = useReference();
  const state = useAsync(async () => (await api<CivicRequestView[]>('GET', `/requests${query ? `?${query}` : ''}`)).body, [api, query, reloadKey]);
  const titleId = `request-list-${title.replace(/\W+/g, '-')}`;
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card-head">
        <h2 id={titleId}>{title}</h2>
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
            <div>
              {categoryName(request.categoryCode)} · {areaName(request.areaCode)}
            </div>
            <div className="muted">{request.description}</div>
            {showResident && (
              <div className="muted">
                {t('field.name')}: {request.resident.name}
                {request.resident.phone && ` · ${t('field.phone')}: ${request.resident.phone}`}
              </div>
            )}
            <div className="muted">
              {t('field.registeredAt')}: {formatDateTime(request.registeredAt)}
              {request.currentUnitCode && ` · ${t('field.unit')}: ${unitName(request.currentUnitCode)}`}
            </div>
            <RequestOutcome request={request} />
            <RequestPhotos request={request} />
            <RequestTimeline requestId={request.id} />
            {action?.(request)}
          </li>
        ))}
      </ul>
    </section>
  );
}
