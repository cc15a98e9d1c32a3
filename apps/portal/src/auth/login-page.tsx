import { useI18n } from '../i18n/i18n';
import { RouteLink } from '../routing/route-link';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { DevLoginPage } from './dev-login-page';
import { KeycloakLoginPage } from './keycloak-login-page';
import { loadPortalConfig } from './portal-config';

/** The sign-in the gateway names: Keycloak in the distributed mode, the development login in the embedded one. */
export function LoginPage() {
  return (
    <>
      <KnowledgeLink />
      <SignIn />
    </>
  );
}

function SignIn() {
  const config = useAsync(loadPortalConfig, []);
  if (config.error) return <ErrorMessage error={config.error} />;
  if (!config.data) return <Loading />;
  if (config.data.login === 'keycloak') return <KeycloakLoginPage config={config.data} />;
  return <DevLoginPage />;
}

/** The knowledge base is open to everyone: residents may find their answer without signing in. */
function KnowledgeLink() {
  const { t } = useI18n();
  return (
    <p className="card">
      {t('knowledge.loginHint')}{' '}
      <RouteLink to="/knowledge">{t('knowledge.open')}</RouteLink>
    </p>
  );
}
