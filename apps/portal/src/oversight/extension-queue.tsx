import type { ExtensionView } from '../api/oversight-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { ApproveRefuse } from './approve-refuse';
import { OrderRef } from './order-ref';
import { QueueCard } from './queue-card';

/** 延期审批: extensions waiting for a dispatcher; granting moves the order's feedback deadline. */
export function ExtensionQueue() {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const { unitName } = useReference();
  return (
    <QueueCard<ExtensionView>
      id="extensions-title"
      title={t('oversight.extensions.title')}
      empty={t('oversight.extensions.empty')}
      path="/extensions"
      renderItem={(extension, request, done) => {
        const decide = async (decision: 'approve' | 'refuse', note: string) => {
          await api('POST', `/extensions/${extension.id}/decision`, { body: { decision, note } });
          done(decision === 'approve' ? t('oversight.extensions.granted', { due: formatDateTime(extension.requestedDeadline) }) : t('oversight.extensions.refused'));
        };
        return (
          <li key={extension.id} className="request-item" data-extension-id={extension.id} data-request-id={extension.requestId}>
            <OrderRef requestId={extension.requestId} request={request} />
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
              onApprove={(note) => decide('approve', note)}
              onRefuse={(note) => decide('refuse', note)}
            />
          </li>
        );
      }}
    />
  );
}
