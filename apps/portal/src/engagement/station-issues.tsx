import { useState } from 'react';
import type { StationIssueView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { SelectField } from '../ui/fields';
import { ErrorMessage, Loading, Success } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { StationIssueCard } from './station-issue-card';

const SOURCES = ['online', 'visit'] as const;
const STATES = ['received', 'accepted', 'handed-on', 'answered', 'closed'] as const;

/** Messages and visits at stations in the user's view (a deputy: their own), filtered by source and state. */
export function StationIssues({ title, empty, initialSource = '' }: { title: string; empty: string; initialSource?: string }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const [source, setSource] = useState(initialSource);
  const [state, setState] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const query = new URLSearchParams({ ...(source ? { source } : {}), ...(state ? { state } : {}) }).toString();
  const issues = useAsync(async () => (await api<StationIssueView[]>('GET', `/station-issues${query ? `?${query}` : ''}`)).body, [api, query]);
  return (
    <section className="card" aria-labelledby="station-issues-title">
      <div className="card-head">
        <h2 id="station-issues-title">{title}</h2>
        <button type="button" onClick={issues.reload}>
          {t('common.refresh')}
        </button>
      </div>
      <div className="inline-form inbox-filters">
        <SelectField label={t('engagement.station.sourceLabel')} value={source} options={SOURCES} prefix="engagement.station.source." onChange={setSource} emptyLabel={t('engagement.any')} />
        <SelectField label={t('engagement.day.state')} value={state} options={STATES} prefix="engagement.station.state." onChange={setState} emptyLabel={t('engagement.any')} />
      </div>
      {issues.loading && !issues.data && <Loading />}
      <ErrorMessage error={issues.error} />
      <Success>{message}</Success>
      {issues.data?.length === 0 && <p>{empty}</p>}
      <ul className="request-list">
        {issues.data?.map((issue) => (
          <StationIssueCard
            key={issue.id}
            issue={issue}
            onChanged={(text) => {
              setMessage(text);
              issues.reload();
            }}
          />
        ))}
      </ul>
    </section>
  );
}
