import { useState } from 'react';
import type { DeliberationFigures, DeliberationStatisticsView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { currentMonth } from '../oversight/month';
import { Field } from '../ui/fields';
import { ErrorMessage, Loading } from '../ui/status';
import { TableScroll } from '../ui/table-scroll';
import { useAsync } from '../ui/use-async';

const COLUMNS = ['accepted', 'solved', 'selfSolved', 'selfSolvedShare', 'communityLevel', 'departmentLevel', 'pending', 'sessionsHeld', 'ordered'] as const;

/** The month's figures per community as Lin'an publishes them: accepted, solved, share solved by residents themselves. */
export function DeliberationStatistics() {
  const { t, formatPercent } = useI18n();
  const { api } = useAuth();
  const [month, setMonth] = useState(currentMonth);
  const report = useAsync(async () => (await api<DeliberationStatisticsView>('GET', `/deliberation/statistics?month=${month}`)).body, [api, month]);
  const cell = (figures: DeliberationFigures, name: (typeof COLUMNS)[number]) =>
    name === 'selfSolvedShare' ? formatPercent(figures.selfSolvedShare === null ? null : figures.selfSolvedShare / 100) : name === 'ordered' ? `${figures.ordered.count}（${t('engagement.stats.solved')} ${figures.ordered.solved}）` : figures[name];
  const rows = report.data ? [...report.data.communities.map((row) => ({ key: row.communityAreaCode, label: row.communityName, figures: row as DeliberationFigures })), { key: 'total', label: t('engagement.stats.total'), figures: report.data.total }] : [];
  return (
    <section className="card" aria-labelledby="deliberation-stats-title">
      <div className="card-head">
        <h2 id="deliberation-stats-title">{t('engagement.community.statsTitle')}</h2>
        <Field label={t('engagement.month')}>{(id) => <input id={id} type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />}</Field>
      </div>
      {report.loading && !report.data && <Loading />}
      <ErrorMessage error={report.error} />
      {report.data && (
        <TableScroll label={t('engagement.community.statsTitle')}>
          <table className="rates">
            <caption className="visually-hidden">{t('engagement.community.statsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('engagement.community.community')}</th>
                {COLUMNS.map((name) => (
                  <th key={name} scope="col">
                    {t(`engagement.community.stat.${name}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-community={row.key}>
                  <th scope="row">{row.label}</th>
                  {COLUMNS.map((name) => (
                    <td key={name}>{cell(row.figures, name)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
