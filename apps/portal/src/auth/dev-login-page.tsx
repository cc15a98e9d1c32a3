import { useState } from 'react';
import { callApi } from '../api/api-client';
import { useI18n } from '../i18n/i18n';
import { DEMO_USERS } from '../reference/demo-reference';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';
import { useAuth } from './auth-context';

/**
 * The embedded mode's sign-in: pick a demo user, the gateway's development realm issues the token
 * (POST /api/v1/dev/login). With Keycloak configured, login-page.tsx offers Keycloak instead.
 */
export function DevLoginPage() {
  const { t } = useI18n();
  const { signIn } = useAuth();
  const [pending, setPending] = useState<string | null>(null);
  const login = useSubmit(async (username: string) => {
    setPending(username);
    try {
      const { body } = await callApi<{ access_token: string }>(null, 'POST', '/dev/login', { body: { username } });
      signIn(body.access_token);
    } finally {
      setPending(null);
    }
  });
  const tenants = [...new Set(DEMO_USERS.map((user) => user.tenant))];
  return (
    <section className="card" aria-labelledby="login-title">
      <h2 id="login-title">{t('auth.title')}</h2>
      {/* The button's name is what it shows (username and roles), so voice control can say it; the hint tells what it does. */}
      <p id="login-hint" className="muted">
        {t('auth.hint')}
      </p>
      <ErrorMessage error={login.error} />
      {tenants.map((tenant) => (
        <div key={tenant}>
          <h3>{t('auth.district', { tenant })}</h3>
          <ul className="user-list">
            {DEMO_USERS.filter((user) => user.tenant === tenant).map((user) => (
              <li key={user.username}>
                <button type="button" data-username={user.username} disabled={login.submitting} onClick={() => void login.run(user.username)} aria-describedby="login-hint">
                  <span className="username">{user.username}</span>
                  <span className="muted">{pending === user.username ? t('auth.signingIn') : user.roles.map((role) => t(`role.${role}`)).join('、')}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
