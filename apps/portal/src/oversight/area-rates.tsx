import { useState } from 'react';
import type { AreaRatesReport, RatesLevel } from '../api/oversight-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { Field, SelectField } from '../ui/fields';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { ExclusionsList } from './exclusions-list';
import { currentMonth } from './month';
import { RatesTable } from './rates-table';

export const LEVELS: readonly RatesLevel[] = ['unit', 'street', 'district'];

/** 三率考核: a month's rates per unit, street or the whole district, ranked, with every exclusion and its reason. */
export function AreaRates() {
  const { t } = useI18n();
  const { api } = useAuth();
  const [month, setMonth] = useState(currentMonth);
  const [level, setLevel] = useState<RatesLevel>('street');
  const report = useAsync(async () => (await api<AreaRatesReport>('GET', `/reports/rates?month=${month}&level=${level}`)).body, [api, month, level]);
  const title = t('oversight.rates.title', { level: t(`oversight.level.${level}`), month });
  return (
    <section className="card" aria-labelledby="area-rates-title">
      <div className="card-head">
        <h2 id="area-rates-title">{title}</h2>
        <button type="button" onClick={report.reload}>
          {t('common.refresh')}
        </button>
      </div>
      <div className="inline-form">
        <Field label={t('supervisor.month')}>{(id) => <input id={id} type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />}</Field>
        <SelectField label={t('oversight.rates.level')} name="level" value={level} options={LEVELS} prefix="oversight.level." onChange={(value) => value && setLevel(value as RatesLevel)} required />
      </div>
      {report.loading && <Loading />}
      <ErrorMessage error={report.error} />
      {report.data && report.data.rows.length === 0 && <p>{t('supervisor.empty')}</p>}
      {report.data && report.data.rows.length > 0 && (
        <>
          <p className="muted">
            {t('oversight.rates.weights', {
              response: report.data.weights.response,
              resolution: report.data.weights.resolution,
              satisfaction: report.data.weights.satisfaction,
            })}
          </p>
          <RatesTable rows={report.data.rows} caption={title} />
        </>
      )}
      {report.data && <ExclusionsList exclusions={report.data.exclusions} />}
    </section>
  );
}
