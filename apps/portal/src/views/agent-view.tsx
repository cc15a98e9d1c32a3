import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { Success } from '../ui/status';
import { CallbackPanel } from './callback-panel';
import { RequestForm } from './request-form';
import { RequestList } from './request-list';

/** The gateway's rule for residents' phones: a full number is worth looking up, a partial one is not. */
const FULL_PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** 接线员: fast registration from any channel, the caller's earlier requests, and the callback queue (回访). */
export function AgentView() {
  const { t } = useI18n();
  const [phone, setPhone] = useState('');
  const [callbackFor, setCallbackFor] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const caller = phone.trim();
  return (
    <div className="columns">
      <div>
        <RequestForm mode="agent" onPhoneChange={setPhone} onRegistered={() => setGeneration((n) => n + 1)} />
        {FULL_PHONE.test(caller) && (
          <RequestList
            title={t('agent.caller.title', { phone: caller })}
            empty={t('agent.caller.empty')}
            query={`phone=${encodeURIComponent(caller)}&limit=20`}
            reloadKey={generation}
            showResident
          />
        )}
      </div>
      <div>
        <Success>{done}</Success>
        {callbackFor && (
          <CallbackPanel
            key={callbackFor}
            requestId={callbackFor}
            onClose={() => setCallbackFor(null)}
            onRecorded={(status) => {
              setDone(t('agent.callback.done', { status: t(`status.${status}`) }));
              setCallbackFor(null);
              setGeneration((n) => n + 1);
            }}
          />
        )}
        <RequestList
          title={t('agent.queue.title')}
          empty={t('agent.queue.empty')}
          query="status=replied"
          reloadKey={generation}
          showResident
          action={(request) => (
            <button type="button" aria-expanded={callbackFor === request.id} onClick={() => {
                setDone(null);
                setCallbackFor(request.id);
              }}>
              {t('agent.callback.open')}
            </button>
          )}
        />
      </div>
    </div>
  );
}
