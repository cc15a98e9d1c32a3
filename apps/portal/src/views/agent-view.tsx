import { useState } from 'react';
import type { DuplicateCandidateView, RegisteredRequest } from '../api/api-types';
import { useI18n } from '../i18n/i18n';
import { CallbackQueue } from '../oversight/callback-queue';
import { AgentRegistration } from './agent/agent-registration';
import { RegisteredPanel } from './agent/registered-panel';
import { RequestList } from './request-list';

/** The gateway's rule for residents' phones: a full number is worth looking up, a partial one is not. */
const FULL_PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** 接线员: fast registration from any channel, the caller's earlier requests, and the callback queue (回访). */
export function AgentView() {
  const { t } = useI18n();
  const [phone, setPhone] = useState('');
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState<{ request: RegisteredRequest; duplicates: DuplicateCandidateView[] } | null>(null);
  const caller = phone.trim();
  return (
    <div className="columns">
      <div>
        <AgentRegistration
          onPhoneChange={setPhone}
          onRegistered={(request, duplicates) => {
            // An answered consultation is finished; anything else may still be merged or triaged.
            setSaved(request.status === 'triaged' ? null : { request, duplicates });
            setGeneration((n) => n + 1);
          }}
        />
        {saved && <RegisteredPanel key={saved.request.id} request={saved.request} duplicates={saved.duplicates} onChanged={() => setGeneration((n) => n + 1)} />}
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
        <CallbackQueue reloadKey={generation} onRecorded={() => setGeneration((n) => n + 1)} />
      </div>
    </div>
  );
}
