import { useState } from 'react';
import type { UnitRatesRow, UnitRatesReport } from '../api/api-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { Field } from '../ui/fields';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { TableScroll } from '../ui/table-scroll';

const RATES = ['responseRate', 'resolutionRate', 'satisfactionRate'] as const;
const COLOURS = { responseRate: '#1d4ed8', resolutionRate: '#047857', satisfactionRate: '#b45309' } as const;

/** This month in the district's time zone (the demo districts keep Asia/Shanghai). */
function currentMonth(): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).formatToParts(new Date());
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

/** 督办: the three rates per unit for a month, as a table and as bars. */
export function SupervisorView() {
  const { t, formatPercent } = useI18n();
  const { api } = useAuth();
  const { unitName } = useReference();
  const [month, setMonth] = useState(currentMonth);
  const report = useAsync(async () => (await api<UnitRatesReport>('GET', `/reports/unit-rates?month=${month}`)).body, [api, month]);
  const rows = report.data?.units ?? [];
  return (
    <section className="card" aria-labelledby="rates-title">
      <div className="card-head">
        <h2 id="rates-title">{t('supervisor.title')}</h2>
        <Field label={t('supervisor.month')}>
          {(id) => <input id={id} type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />}
        </Field>
        <button type="button" onClick={report.reload}>
          {t('common.refresh')}
        </button>
      </div>
      {report.loading && !report.data && <Loading />}
      <ErrorMessage error={report.error} />
      {report.data && rows.length === 0 && <p>{t('supervisor.empty')}</p>}
      {rows.length > 0 && (
        <>
          <TableScroll label={t('supervisor.title')}>
            <table className="rates">
              <caption className="visually-hidden">{t('supervisor.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('supervisor.rank')}</th>
                  <th scope="col">{t('field.unit')}</th>
                  <th scope="col">{t('supervisor.dispatched')}</th>
                  <th scope="col">{t('supervisor.validCallbacks')}</th>
                  {RATES.map((rate) => (
                    <th scope="col" key={rate}>
                      {t(`supervisor.${rate}`)}
                    </th>
                  ))}
                  <th scope="col">{t('supervisor.composite')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.unitCode} data-unit={row.unitCode}>
                    <td>{row.rank}</td>
                    <th scope="row">{unitName(row.unitCode)}</th>
                    <td>{row.dispatched}</td>
                    <td>{row.validCallbacks}</td>
                    {RATES.map((rate) => (
                      <td key={rate} data-rate={rate}>
                        {formatPercent(row[rate])}
                      </td>
                    ))}
                    <td>{row.compositeIndex === null ? t('common.none') : row.compositeIndex.toFixed(3)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <RateBars rows={rows} month={month} />
        </>
      )}
    </section>
  );
}

/** Plain SVG bars, one group per unit; the table above carries the same figures for screen readers. */
function RateBars({ rows, month }: { rows: UnitRatesRow[]; month: string }) {
  const { t, formatPercent } = useI18n();
  const { unitName } = useReference();
  const barHeight = 10;
  const groupHeight = RATES.length * barHeight + 22;
  const labelWidth = 180;
  const width = 360;
  return (
    <figure className="chart">
      <figcaption>{t('supervisor.chart', { month })}</figcaption>
      <svg viewBox={`0 0 ${labelWidth + width + 50} ${rows.length * groupHeight + 24}`} role="img" aria-label={t('supervisor.chart', { month })}>
        {RATES.map((rate, i) => (
          <g key={rate} transform={`translate(${labelWidth + i * 120}, 0)`}>
            <rect width="10" height="10" y="2" fill={COLOURS[rate]} />
            <text x="14" y="11" fontSize="11">
              {t(`supervisor.${rate}`)}
            </text>
          </g>
        ))}
        {rows.map((row, r) => (
          <g key={row.unitCode} transform={`translate(0, ${24 + r * groupHeight})`}>
            <text x="0" y={barHeight * 2} fontSize="12">
              {unitName(row.unitCode)}
            </text>
            {RATES.map((rate, i) => {
              const value = row[rate];
              return (
                <g key={rate} transform={`translate(${labelWidth}, ${i * barHeight})`}>
                  <rect width={width} height={barHeight - 2} fill="#e5e7eb" />
                  <rect width={(value ?? 0) * width} height={barHeight - 2} fill={COLOURS[rate]} />
                  <text x={width + 4} y={barHeight - 2} fontSize="9">
                    {formatPercent(value)}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
    </figure>
  );
}
