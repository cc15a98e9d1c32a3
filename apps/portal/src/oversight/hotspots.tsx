import { useState } from 'react';
import type { HotspotsReport } from '../api/oversight-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { Field, SelectField } from '../ui/fields';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { currentMonth } from './month';

const GROUPINGS = ['category', 'area'] as const;

/** 热点: where requests concentrate this month, beside last month, so a supervisor can act before more call. */
export function Hotspots() {
  const { t } = useI18n();
  const { api } = useAuth();
  const { categoryName, areaName } = useReference();
  const [month, setMonth] = useState(currentMonth);
  const [by, setBy] = useState<(typeof GROUPINGS)[number]>('category');
  const report = useAsync(async () => (await api<HotspotsReport>('GET', `/reports/hotspots?month=${month}&by=${by}`)).body, [api, month, by]);
  const nameOf = by === 'category' ? categoryName : areaName;
  const title = t('oversight.hotspots.title', { month });
  return (
    <section className="card" aria-labelledby="hotspots-title">
      <div className="card-head">
        <h2 id="hotspots-title">{title}</h2>
        <button type="button" onClick={report.reload}>
          {t('common.refresh')}
        </button>
      </div>
      <div className="inline-form">
        <Field label={t('supervisor.month')}>{(id) => <input id={id} type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />}</Field>
        <SelectField label={t('oversight.hotspots.by')} name="by" value={by} options={GROUPINGS} prefix="oversight.hotspots.by." onChange={(value) => value && setBy(value as typeof by)} required />
      </div>
      {report.loading && <Loading />}
      <ErrorMessage error={report.error} />
      {report.data && report.data.rows.length === 0 && <p>{t('supervisor.empty')}</p>}
      {report.data && report.data.rows.length > 0 && (
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`oversight.hotspots.by.${by}`)}</th>
              <th scope="col">{t('oversight.hotspots.requests', { month: report.data.month })}</th>
              <th scope="col">{t('oversight.hotspots.previous', { month: report.data.previousMonth })}</th>
              <th scope="col">{t('oversight.hotspots.trend')}</th>
            </tr>
          </thead>
          <tbody>
            {report.data.rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">{nameOf(row.code)}</th>
                <td>{row.requests}</td>
                <td>{row.previous}</td>
                <td>{row.rising ? <strong>{t('oversight.hotspots.rising')}</strong> : t('oversight.hotspots.steady')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.data && <p className="muted">{t('oversight.hotspots.repeatCallers', report.data.repeatCallers)}</p>}
    </section>
  );
}
