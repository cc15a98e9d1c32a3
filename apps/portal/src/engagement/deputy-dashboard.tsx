import type { ReceptionIssueView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { dashboardFigures } from './dashboard-figures';
import { share } from './reception-rules';

/** 代表工作台: the issues a deputy received — resolution, satisfaction, late legs and concentration of opinions by topic. */
export function DeputyDashboard() {
  const { t, formatPercent } = useI18n();
  const { api } = useAuth();
  const { categoryName } = useReference();
  const issues = useAsync(async () => (await api<ReceptionIssueView[]>('GET', '/receptions/issues')).body, [api]);
  const figures = issues.data ? dashboardFigures(issues.data) : null;
  return (
    <section className="card" aria-labelledby="deputy-dashboard-title">
      <h2 id="deputy-dashboard-title">{t('engagement.dashboard.title')}</h2>
      {issues.loading && !issues.data && <Loading />}
      <ErrorMessage error={issues.error} />
      {figures && (
        <>
          <div className="result">
          <dl>
            <dt>{t('engagement.dashboard.received')}</dt>
            <dd>{figures.received}</dd>
            <dt>{t('engagement.dashboard.lettered')}</dt>
            <dd>{figures.lettered}</dd>
            <dt>{t('engagement.dashboard.resolution')}</dt>
            <dd>{formatPercent(share(figures.solved, figures.received))}</dd>
            <dt>{t('engagement.dashboard.satisfaction')}</dt>
            <dd>{formatPercent(share(figures.satisfied, figures.rated))}</dd>
            <dt>{t('engagement.dashboard.lateLegs')}</dt>
            <dd>{figures.lateLegs}</dd>
          </dl>
          </div>
          <h3>{t('engagement.dashboard.topics')}</h3>
          {figures.byCategory.length === 0 && <p className="muted">{t('common.empty')}</p>}
          <ul>
            {figures.byCategory.map((row) => (
              <li key={row.categoryCode}>
                {categoryName(row.categoryCode)}：{row.count}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
