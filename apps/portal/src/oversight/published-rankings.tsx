import { useState } from 'react';
import type { PublishedRankings as PublishedRankingsReport } from '../api/oversight-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/fields';
import { ErrorMessage, Loading, Success } from '../ui/status';
import { useAsync, useSubmit } from '../ui/use-async';
import { ExclusionsList } from './exclusions-list';
import { currentMonth, previousMonth } from './month';
import { RatesTable } from './rates-table';

/** 排名发布: an ended month's ranking frozen as version 1; corrections (after accepted appeals) appear beside it. */
export function PublishedRankings() {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const [month, setMonth] = useState(() => previousMonth(currentMonth()));
  const [done, setDone] = useState<string | null>(null);
  const published = useAsync(async () => (await api<PublishedRankingsReport>('GET', `/reports/rankings/${month}`)).body, [api, month]);
  const publish = useSubmit(async () => {
    const result = await api<{ version: number }>('POST', `/reports/rankings/${month}/publish`);
    setDone(t('oversight.rankings.published', { month, version: result.body.version }));
    published.reload();
  });
  return (
    <section className="card" aria-labelledby="rankings-title">
      <div className="card-head">
        <h2 id="rankings-title">{t('oversight.rankings.title')}</h2>
        <button type="button" onClick={published.reload}>
          {t('common.refresh')}
        </button>
      </div>
      <div className="inline-form">
        <Field label={t('supervisor.month')}>
          {(id) => (
            <input
              id={id}
              type="month"
              value={month}
              onChange={(e) => {
                if (!e.target.value) return;
                setDone(null);
                setMonth(e.target.value);
              }}
            />
          )}
        </Field>
        <button type="button" className="primary" disabled={publish.submitting} onClick={() => void publish.run()}>
          {publish.submitting ? t('common.submitting') : t('oversight.rankings.publish', { month })}
        </button>
      </div>
      <ErrorMessage error={publish.error} />
      <Success>{done}</Success>
      {published.loading && !published.data && <Loading />}
      <ErrorMessage error={published.error} />
      {published.data?.versions.length === 0 && <p>{t('oversight.rankings.none', { month })}</p>}
      {published.data?.versions.map((version, i) => (
        <details key={version.version} open={i === 0} data-version={version.version}>
          <summary>
            {t('oversight.rankings.version', { version: version.version, at: formatDateTime(version.publishedAt), reason: version.reason })}
          </summary>
          <h3>{t('oversight.level.street')}</h3>
          <RatesTable rows={version.street} caption={`${t('oversight.level.street')} v${version.version}`} />
          <h3>{t('oversight.level.unit')}</h3>
          <RatesTable rows={version.unit} caption={`${t('oversight.level.unit')} v${version.version}`} />
          <ExclusionsList exclusions={version.exclusions} />
        </details>
      ))}
    </section>
  );
}
