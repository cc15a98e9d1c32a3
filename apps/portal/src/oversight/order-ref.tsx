import type { CivicRequestView } from '../api/api-types';
import { useI18n } from '../i18n/i18n';

/** An order by its number and description (falls back to the id while the request loads). */
export function OrderRef({ requestId, request }: { requestId: string; request: CivicRequestView | undefined }) {
  const { t } = useI18n();
  return (
    <div className="request-line">
      <strong>{request?.orderNo ?? requestId.slice(0, 8)}</strong>
      {request && <span className={`badge badge-${request.status}`}>{t(`status.${request.status}`)}</span>}
      {request && <span className="muted">{request.description}</span>}
    </div>
  );
}
