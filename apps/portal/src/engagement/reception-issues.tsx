import { useState } from 'react';
import type { ReceptionIssueView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading, Success } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { IssueCard } from './issue-card';
import { useDeputies } from './use-deputies';

interface Props {
  title: string;
  empty: string;
  /** Only issues with a leg escalated to the district office (督办). */
  escalated?: boolean;
  myDeputyId?: string | null;
}

/** Issues raised at reception days in the user's view (a deputy: those they received), with letters and reply legs. */
export function ReceptionIssues({ title, empty, escalated = false, myDeputyId = null }: Props) {
  const { t } = useI18n();
  const { api } = useAuth();
  const { nameOf } = useDeputies();
  const [message, setMessage] = useState<string | null>(null);
  const issues = useAsync(async () => (await api<ReceptionIssueView[]>('GET', `/receptions/issues${escalated ? '?escalated=true' : ''}`)).body, [api, escalated]);
  return (
    <section className="card" aria-labelledby="reception-issues-title">
      <div className="card-head">
        <h2 id="reception-issues-title">{title}</h2>
        <button type="button" onClick={issues.reload}>
          {t('common.refresh')}
        </button>
      </div>
      {issues.loading && !issues.data && <Loading />}
      <ErrorMessage error={issues.error} />
      <Success>{message}</Success>
      {issues.data?.length === 0 && <p>{empty}</p>}
      <ul className="request-list">
        {[...(issues.data ?? [])]
          .sort((a, b) => b.date.localeCompare(a.date))
          .map((issue) => (
            <IssueCard
              key={issue.id}
              issue={issue}
              nameOf={nameOf}
              myDeputyId={myDeputyId}
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
