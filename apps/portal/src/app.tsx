import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useAuth } from './auth/auth-context';
import type { Session } from './auth/session';
import { LoginPage } from './auth/login-page';
import { useI18n } from './i18n/i18n';
import { useReference, type DistrictReference } from './reference/district-reference';
import { RouteLink } from './routing/route-link';
import { navigate, usePath } from './routing/router';
import { Loading } from './ui/status';

interface Route {
  /** The path; one ending in "/*" takes anything below it (e.g. a deputy's link token). */
  path: string;
  label: string;
  /** Roles that see the tab; `public` routes open without signing in too. */
  roles: string[] | 'public';
  /** A further condition on the signed-in user (e.g. unit staff only of a residents' committee). */
  when?(session: Session, reference: DistrictReference): boolean;
  view: ComponentType;
}

// Each view is its own chunk, loaded when first opened: the sign-in page stays small.
const view = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(async () => ({ default: (await load())[name] }));
const ResidentView = view(() => import('./views/resident-view'), 'ResidentView');
const AgentView = view(() => import('./views/agent-view'), 'AgentView');
const UnitInboxView = view(() => import('./views/unit-inbox-view'), 'UnitInboxView');
const DispatchQueueView = view(() => import('./views/dispatch-queue-view'), 'DispatchQueueView');
const SupervisorView = view(() => import('./views/supervisor-view'), 'SupervisorView');
const AdminView = view(() => import('./views/admin/admin-view'), 'AdminView');
const KnowledgePage = view(() => import('./views/knowledge/knowledge-page'), 'KnowledgePage');
const ReviewView = view(() => import('./oversight/review-view'), 'ReviewView');
const OversightView = view(() => import('./oversight/oversight-view'), 'OversightView');
const DeputyView = view(() => import('./engagement/deputy-view'), 'DeputyView');
const LiaisonView = view(() => import('./engagement/liaison-view'), 'LiaisonView');
const PublicEngagementPage = view(() => import('./engagement/public-engagement-page'), 'PublicEngagementPage');
const CommunityView = view(() => import('./engagement/community-view'), 'CommunityView');
const WriteToDeputyPage = view(() => import('./engagement/write-to-deputy-page'), 'WriteToDeputyPage');

/** Views by role: a user sees the tabs their token's roles allow (the gateway checks again). */
const ROUTES: Route[] = [
  { path: '/resident', label: 'nav.resident', roles: ['resident'], view: ResidentView },
  { path: '/agent', label: 'nav.agent', roles: ['agent', 'dispatcher'], view: AgentView },
  { path: '/unit', label: 'nav.unit', roles: ['unit-staff', 'unit-manager'], view: UnitInboxView },
  { path: '/dispatch', label: 'nav.dispatch', roles: ['dispatcher'], view: DispatchQueueView },
  { path: '/supervisor', label: 'nav.supervisor', roles: ['supervisor', 'district-admin', 'dispatcher'], view: SupervisorView },
  { path: '/review', label: 'oversight.nav.review', roles: ['dispatcher'], view: ReviewView },
  { path: '/oversight', label: 'oversight.nav.oversight', roles: ['supervisor'], view: OversightView },
  { path: '/admin', label: 'nav.admin', roles: ['district-admin'], view: AdminView },
  { path: '/deputy', label: 'engagement.nav.deputy', roles: ['deputy'], view: DeputyView },
  { path: '/liaison', label: 'engagement.nav.liaison', roles: ['liaison', 'district-admin'], view: LiaisonView },
  {
    path: '/community',
    label: 'engagement.nav.community',
    roles: ['liaison', 'district-admin', 'supervisor', 'unit-staff', 'unit-manager'],
    view: CommunityView,
    // Unit staff deliberate only for a residents' committee (a unit of kind community).
    when: (session, reference) =>
      !session.roles.every((role) => role === 'unit-staff' || role === 'unit-manager') || reference.data.units.some((unit) => unit.kind === 'community' && session.units.includes(unit.code)),
  },
  { path: '/knowledge', label: 'nav.knowledge', roles: 'public', view: KnowledgePage },
  { path: '/receptions', label: 'engagement.nav.public', roles: 'public', view: PublicEngagementPage },
];
/** Pages reached by a link, not a tab: a deputy's public link (QR code) for writing to them. */
const LINKED_PAGES: Route[] = [{ path: '/deputies/*', label: 'engagement.nav.write', roles: 'public', view: WriteToDeputyPage }];
const PUBLIC_ROUTES = [...ROUTES, ...LINKED_PAGES].filter((route) => route.roles === 'public');
const matches = (route: Route, path: string) => (route.path.endsWith('/*') ? path.startsWith(route.path.slice(0, -1)) : route.path === path);

export function App() {
  const { t, locale, setLocale } = useI18n();
  const { session, signOut } = useAuth();
  const path = usePath();
  const reference = useReference();
  const routes = session
    ? ROUTES.filter((route) => route.roles === 'public' || (route.roles.some((role) => session.roles.includes(role)) && (!reference.loaded || (route.when?.(session, reference) ?? true))))
    : [];
  const roleRoutes = routes.filter((route) => route.roles !== 'public');
  const current = (session ? [...routes, ...LINKED_PAGES] : PUBLIC_ROUTES).find((route) => matches(route, path));

  useEffect(() => {
    if (session && !current && roleRoutes.length > 0) navigate(roleRoutes[0]!.path);
    if (!session && !current && path !== '/') navigate('/');
  }, [session, current, roleRoutes, path]);

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
      {roleRoutes.length > 0 && (
        <nav aria-label={t('app.nav')} className="tabs">
          {routes.map((route) => (
            <RouteLink key={route.path} to={route.path} aria-current={route.path === path ? 'page' : undefined}>
              {t(route.label)}
            </RouteLink>
          ))}
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        {!session && !current && (
          <>
            <p className="card">
              <RouteLink to="/receptions">{t('engagement.public.open')}</RouteLink>
            </p>
            <LoginPage />
          </>
        )}
        {session && roleRoutes.length === 0 && <p role="status">{t('auth.noView', { roles: session.roles.join(', ') })}</p>}
        {View && (
          <Suspense fallback={<Loading />}>
            <View />
          </Suspense>
        )}
      </main>
    </>
  );
}
