import { useState } from 'react';
import type { RatesLevel, RatesTrendReport } from '../api/oversight-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { SelectField } from '../ui/fields';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { LEVELS } from './area-rates';
import { TrendChart } from './trend-chart';

/** 趋势: a unit's (street's, the district's) rates over the last 12 months. */
export function RatesTrend() {
  const { t } = useI18n();
  const { api } = useAuth();
  const { data, unitOptions } = useReference();
  const [level, setLevel] = useState<RatesLevel>('unit');
  const [unitCode, setUnitCode] = useState('');
  const choices = level === 'street' ? unitOptions.filter((option) => data.units.find((unit) => unit.code === option.value)?.kind === 'street') : unitOptions;
  const ready = level === 'district' || unitCode !== '';
  const trend = useAsync(async () => {
    if (!ready) return null;
    const query = level === 'district' ? 'level=district' : `level=${level}&unitCode=${encodeURIComponent(unitCode)}`;
    return (await api<RatesTrendReport>('GET', `/reports/rates/trend?${query}&months=12`)).body;
  }, [api, level, unitCode, ready]);
  return (
    <section className="card" aria-labelledby="trend-title">
      <div className="card-head">
        <h2 id="trend-title">{t('oversight.trend.title')}</h2>
      </div>
      <div className="inline-form">
        <SelectField
          label={t('oversight.rates.level')}
          name="trendLevel"
          value={level}
          options={LEVELS}
          prefix="oversight.level."
          required
          onChange={(value) => {
            if (!value) return;
            setLevel(value as RatesLevel);
            setUnitCode('');
          }}
        />
        {level !== 'district' && <SelectField label={t('oversight.trend.unit')} name="trendUnit" value={unitCode} options={choices} onChange={setUnitCode} required />}
      </div>
      {!ready && <p>{t('oversight.trend.choose')}</p>}
      {ready && trend.loading && <Loading />}
      <ErrorMessage error={trend.error} />
      {trend.data && <TrendChart points={trend.data.months} title={t('oversight.trend.chart', { name: trend.data.name, count: trend.data.months.length })} />}
    </section>
  );
}
