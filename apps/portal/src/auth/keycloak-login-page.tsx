import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/status';
import { useAuth } from './auth-context';
import { startKeycloak, type KeycloakSession } from './keycloak-login';
import type { KeycloakConfig } from './portal-config';

/** The distributed mode's sign-in: Keycloak's own page (authorization code + PKCE), then back here. */
export function KeycloakLoginPage({ config }: { config: KeycloakConfig }) {
  const { t } = useI18n();
  const { signIn } = useAuth();
  const [keycloak, setKeycloak] = useState<KeycloakSession | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    startKeycloak(config, (token) => signIn(token))
      .then((session) => {
        if (!current) return;
        if (session.token) signIn(session.token, { logout: () => void session.logout() });
        else setKeycloak(session);
      })
      .catch((failure: unknown) => current && setError(failure));
    return () => {
      current = false;
    };
  }, [config, signIn]);
  return (
    <section className="card" aria-labelledby="login-title">
      <h2 id="login-title">{t('auth.keycloak.title')}</h2>
      <ErrorMessage error={error} />
      {!keycloak && !error && <Loading />}
      {keycloak && (
        <button type="button" className="primary" onClick={() => void keycloak.login()}>
          {t('auth.keycloak.signIn')}
        </button>
      )}
    </section>
  );
}
