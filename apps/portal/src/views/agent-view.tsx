import { useState } from 'react';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { CallbackPanel } from './callback-panel';
import { RequestForm } from './request-form';
import { RequestList } from './request-list';
import { useRememberedRequests } from './remembered-requests';

/** 接线员: fast registration from any channel, and the callback on a replied request. */
export function AgentView() {
  const { t } = useI18n();
  const { session } = useAuth();
  const { ids, remember } = useRememberedRequests(session!.username);
  const [callbackFor, setCallbackFor] = useState('');
  const [generation, setGeneration] = useState(0);
  return (
    <div className="columns">
      <RequestForm mode="agent" onRegistered={(request) => remember(request.id)} />
      <div>
        <CallbackPanel key={callbackFor} requestId={callbackFor} onRecorded={() => setGeneration((n) => n + 1)} />
        <RequestList
          key={generation}
          title={t('agent.recent')}
          empty={t('common.empty')}
          ids={ids}
          action={(request) =>
            request.status === 'replied' && (
              <button type="button" onClick={() => setCallbackFor(request.id)}>
                {t('agent.callback.open')}
              </button>
            )
          }
        />
      </div>
    </div>
  );
}
