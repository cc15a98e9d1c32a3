import type { RatesRow } from '../api/oversight-types';
import { useI18n } from '../i18n/i18n';
import { TableScroll } from '../ui/table-scroll';

export const RATE_KEYS = ['responseRate', 'resolutionRate', 'satisfactionRate'] as const;

/** One level's ranked rows: the three rates, the composite index and how much was excluded. */
export function RatesTable({ rows, caption }: { rows: RatesRow[]; caption: string }) {
  const { t, formatPercent } = useI18n();
  return (
    <TableScroll label={caption}>
      <table className="rates">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('supervisor.rank')}</th>
            <th scope="col">{t('oversight.rates.name')}</th>
            <th scope="col">{t('supervisor.dispatched')}</th>
            <th scope="col">{t('supervisor.validCallbacks')}</th>
            {RATE_KEYS.map((rate) => (
              <th scope="col" key={rate}>
                {t(`supervisor.${rate}`)}
              </th>
            ))}
            <th scope="col">{t('supervisor.composite')}</th>
            <th scope="col">{t('oversight.rates.excluded')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} data-code={row.code}>
              <td>{row.rank ?? t('common.none')}</td>
              <th scope="row">{row.name}</th>
              <td>{row.dispatched}</td>
              <td>{row.validCallbacks}</td>
              {RATE_KEYS.map((rate) => (
                <td key={rate} data-rate={rate}>
                  {formatPercent(row[rate])}
                </td>
              ))}
              <td data-rate="compositeIndex">{row.compositeIndex === null ? t('common.none') : row.compositeIndex.toFixed(3)}</td>
              <td>{t('oversight.rates.excludedCount', { assignments: row.excluded.assignments, callbacks: row.excluded.callbacks })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
