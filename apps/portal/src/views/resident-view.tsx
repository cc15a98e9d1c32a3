import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { RequestForm } from './request-form';
import { RequestList } from './request-list';
import { useRememberedRequests } from './remembered-requests';

/** 居民: raise a request and follow the ones raised. */
export function ResidentView() {
  const { t } = useI18n();
  const { session } = useAuth();
  const { ids, remember } = useRememberedRequests(session!.username);
  return (
    <div className="columns">
      <RequestForm mode="resident" onRegistered={(request) => remember(request.id)} />
      <RequestList title={t('resident.mine.title')} empty={t('resident.mine.empty')} ids={ids} />
    </div>
  );
}
