import { useState } from 'react';
import type { ReceptionFigures, ReceptionStatisticsView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { currentMonth } from '../oversight/month';
import { useReference } from '../reference/district-reference';
import { Field } from '../ui/fields';
import { ErrorMessage, Loading } from '../ui/status';
import { TableScroll } from '../ui/table-scroll';
import { useAsync } from '../ui/use-async';

const FIGURES = ['rounds', 'deputyVisits', 'residents', 'issues', 'solved', 'satisfactionRate'] as const;

/** Step 8: the month's figures per street as Changning publishes them (rounds, deputy-visits, residents, issues, solved, satisfaction) and typical cases. */
export function ReceptionStatistics() {
  const { t, formatPercent } = useI18n();
  const { api } = useAuth();
  const { unitName } = useReference();
  const [month, setMonth] = useState(currentMonth);
  const report = useAsync(async () => (await api<ReceptionStatisticsView>('GET', `/receptions/statistics?month=${month}`)).body, [api, month]);
  const cell = (figures: ReceptionFigures, name: (typeof FIGURES)[number]) => (name === 'satisfactionRate' ? formatPercent(figures.satisfactionRate === null ? null : figures.satisfactionRate / 100) : figures[name]);
  const rows = report.data ? [...report.data.streets.map((row) => ({ key: row.streetUnitCode, label: unitName(row.streetUnitCode), figures: row })), { key: 'total', label: t('engagement.stats.total'), figures: report.data.total }] : [];
  return (
    <section className="card" aria-labelledby="reception-stats-title">
      <div className="card-head">
        <h2 id="reception-stats-title">{t('engagement.stats.title')}</h2>
        <Field label={t('engagement.month')}>{(id) => <input id={id} type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />}</Field>
      </div>
      {report.loading && !report.data && <Loading />}
      <ErrorMessage error={report.error} />
      {report.data && (
        <TableScroll label={t('engagement.stats.title')}>
          <table className="rates">
            <caption className="visually-hidden">{t('engagement.stats.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('engagement.street')}</th>
                {FIGURES.map((name) => (
                  <th key={name} scope="col">
                    {t(`engagement.stats.${name}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-street={row.key}>
                  <th scope="row">{row.label}</th>
                  {FIGURES.map((name) => (
                    <td key={name}>{cell(row.figures, name)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h3>{t('engagement.stats.typical')}</h3>
      {report.data?.typicalCases.length === 0 && <p className="muted">{t('engagement.stats.noTypical')}</p>}
      <ul>
        {report.data?.typicalCases.map((item) => (
          <li key={item.issueId}>
            {item.description}
            {item.note && <span className="muted"> — {item.note}</span>} {item.solved ? `（${t('engagement.stats.solved')}）` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
