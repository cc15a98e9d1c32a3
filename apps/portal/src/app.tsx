import { useEffect, type ComponentType } from 'react';
import { useAuth } from './auth/auth-context';
import { LoginPage } from './auth/login-page';
import { useI18n } from './i18n/i18n';
import { navigate, usePath } from './routing/router';
import { AgentView } from './views/agent-view';
import { DispatchQueueView } from './views/dispatch-queue-view';
import { ResidentView } from './views/resident-view';
import { SupervisorView } from './views/supervisor-view';
import { UnitInboxView } from './views/unit-inbox-view';

interface Route {
  path: string;
  label: string;
  roles: string[];
  view: ComponentType;
}

/** Views by role: a user sees the tabs their token's roles allow (the gateway checks again). */
const ROUTES: Route[] = [
  { path: '/resident', label: 'nav.resident', roles: ['resident'], view: ResidentView },
  { path: '/agent', label: 'nav.agent', roles: ['agent', 'dispatcher'], view: AgentView },
  { path: '/unit', label: 'nav.unit', roles: ['unit-staff', 'unit-manager'], view: UnitInboxView },
  { path: '/dispatch', label: 'nav.dispatch', roles: ['dispatcher'], view: DispatchQueueView },
  { path: '/supervisor', label: 'nav.supervisor', roles: ['supervisor', 'district-admin', 'dispatcher'], view: SupervisorView },
];

export function App() {
  const { t, locale, setLocale } = useI18n();
  const { session, signOut } = useAuth();
  const path = usePath();
  const routes = session ? ROUTES.filter((route) => route.roles.some((role) => session.roles.includes(role))) : [];
  const current = routes.find((route) => route.path === path);

  useEffect(() => {
    if (session && !current && routes.length > 0) navigate(routes[0]!.path);
    if (!session && path !== '/') navigate('/');
  }, [session, current, routes, path]);

  const View = current?.view;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <h1>{t('app.title')}</h1>
        <div className="top-tools">
          {session && (
            <span className="who">
              {t('auth.who', { username: session.username, roles: session.roles.map((role) => t(`role.${role}`)).join('、') })}
            </span>
          )}
          <button type="button" lang={locale === 'en' ? 'zh-CN' : 'en'} aria-label={`${t('lang.label')}: ${t('lang.other')}`} onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
            {t('lang.other')}
          </button>
          {session && (
            <button type="button" onClick={signOut}>
              {t('auth.signOut')}
            </button>
          )}
        </div>
      </header>
      {routes.length > 0 && (
        <nav aria-label={t('app.nav')} className="tabs">
          {routes.map((route) => (
            <a
              key={route.path}
              href={route.path}
              aria-current={route.path === path ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                navigate(route.path);
              }}
            >
              {t(route.label)}
            </a>
          ))}
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        {!session && <LoginPage />}
        {session && routes.length === 0 && <p role="status">{t('auth.noView', { roles: session.roles.join(', ') })}</p>}
        {View && <View />}
      </main>
    </>
  );
}
