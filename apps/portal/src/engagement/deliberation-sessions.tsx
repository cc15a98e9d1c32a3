import { useState } from 'react';
import type { DeliberationSessionView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading, Success } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { SessionCard } from './session-card';
import { SessionForm } from './session-form';

/** 议事会: the community's deliberation sessions, newest first; those who act for the community plan and run them, supervisors read. */
export function DeliberationSessions() {
  const { t } = useI18n();
  const { api, session } = useAuth();
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const sessions = useAsync(async () => (await api<DeliberationSessionView[]>('GET', '/deliberation/sessions')).body, [api]);
  const canAct = session?.roles.some((role) => role !== 'supervisor') ?? false;
  const changed = (text: string) => {
    setCreating(false);
    setMessage(text);
    sessions.reload();
  };
  return (
    <section className="card" aria-labelledby="sessions-title">
      <div className="card-head">
        <h2 id="sessions-title">{t('engagement.session.title')}</h2>
        {canAct && (
          <button type="button" aria-expanded={creating} onClick={() => setCreating(!creating)}>
            {t('engagement.session.new')}
          </button>
        )}
      </div>
      {creating && <SessionForm onCancel={() => setCreating(false)} onDone={() => changed(t('engagement.session.done.create'))} />}
      {sessions.loading && !sessions.data && <Loading />}
      <ErrorMessage error={sessions.error} />
      <Success>{message}</Success>
      {sessions.data?.length === 0 && <p>{t('engagement.session.empty')}</p>}
      <ul className="request-list">
        {sessions.data?.map((item) => (
          <SessionCard key={item.id} session={item} canAct={canAct} onChanged={changed} />
        ))}
      </ul>
    </section>
  );
}
