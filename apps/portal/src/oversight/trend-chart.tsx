import type { TrendPoint } from '../api/oversight-types';
import { useI18n } from '../i18n/i18n';
import { TableScroll } from '../ui/table-scroll';

const SERIES = ['responseRate', 'resolutionRate', 'satisfactionRate', 'compositeIndex'] as const;
type Series = (typeof SERIES)[number];
// Dark enough for 3:1 against white (WCAG non-text contrast); dashes tell the lines apart without colour.
const STYLE: Record<Series, { colour: string; dash?: string }> = {
  responseRate: { colour: '#1d4ed8' },
  resolutionRate: { colour: '#047857', dash: '6 3' },
  satisfactionRate: { colour: '#b45309', dash: '2 3' },
  compositeIndex: { colour: '#6d28d9', dash: '10 3 2 3' },
};
const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 44, right: 12, top: 12, bottom: 36 };

/** The rates month by month as an inline SVG line chart; the figures are in its label and in the table below it. */
export function TrendChart({ points, title }: { points: TrendPoint[]; title: string }) {
  const { t, formatPercent } = useI18n();
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? plotWidth / 2 : (i * plotWidth) / (points.length - 1));
  const y = (value: number) => PAD.top + (1 - value) * plotHeight;
  const label = (series: Series, value: number | null) => (value === null ? t('common.none') : series === 'compositeIndex' ? value.toFixed(3) : formatPercent(value));
  const summary = points.map((point) => `${point.month}: ${SERIES.map((series) => `${t(`oversight.series.${series}`)} ${label(series, point[series])}`).join(', ')}`).join('; ');

  /** A line through the months that have a value; a month without one breaks the line. */
  const path = (series: Series) =>
    points
      .map((point, i) => {
        const value = point[series];
        if (value === null) return '';
        const previous = i > 0 ? points[i - 1]![series] : null;
        return `${previous === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(value).toFixed(1)}`;
      })
      .join(' ');

  return (
    <figure className="chart trend-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 24}`} role="img" aria-label={`${title}. ${summary}`}>
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#d1d5db" />
            <text x={PAD.left - 6} y={y(tick) + 4} fontSize="10" textAnchor="end">
              {formatPercent(tick)}
            </text>
          </g>
        ))}
        {points.map((point, i) => (
          <text key={point.month} x={x(i)} y={HEIGHT - PAD.bottom + 16} fontSize="10" textAnchor="middle">
            {point.month.slice(2)}
          </text>
        ))}
        {SERIES.map((series) => (
          <g key={series} data-series={series}>
            <path d={path(series)} fill="none" stroke={STYLE[series].colour} strokeWidth="2" strokeDasharray={STYLE[series].dash} />
            {points.map((point, i) =>
              point[series] === null ? null : <circle key={point.month} cx={x(i)} cy={y(point[series])} r="3" fill={STYLE[series].colour} />,
            )}
          </g>
        ))}
        {SERIES.map((series, i) => (
          <g key={series} transform={`translate(${PAD.left + i * 150}, ${HEIGHT + 8})`}>
            <line x1="0" x2="22" y1="6" y2="6" stroke={STYLE[series].colour} strokeWidth="2" strokeDasharray={STYLE[series].dash} />
            <text x="26" y="10" fontSize="11">
              {t(`oversight.series.${series}`)}
            </text>
          </g>
        ))}
      </svg>
      <details>
        <summary>{t('oversight.trend.table')}</summary>
        <TableScroll label={title}>
          <table className="rates">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('supervisor.month')}</th>
                {SERIES.map((series) => (
                  <th scope="col" key={series}>
                    {t(`oversight.series.${series}`)}
                  </th>
                ))}
                <th scope="col">{t('supervisor.rank')}</th>
                <th scope="col">{t('oversight.trend.change')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.month} data-month={point.month}>
                  <th scope="row">{point.month}</th>
                  {SERIES.map((series) => (
                    <td key={series}>{label(series, point[series])}</td>
                  ))}
                  <td>{point.rank === null ? t('common.none') : t('oversight.trend.rankOf', { rank: point.rank, of: point.rankedAmong })}</td>
                  <td>{point.change === null ? t('common.none') : `${point.change >= 0 ? '+' : ''}${point.change.toFixed(3)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
