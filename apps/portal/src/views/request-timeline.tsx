import { useState } from 'react';
import type { HistoryEntryView } from '../api/api-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync } from '../ui/use-async';

/** What a step says about itself, when it says anything a person wrote or chose. */
function stepDetail(data: Record<string, unknown>): string | null {
  for (const field of ['reason', 'note', 'outcome', 'text'] as const) {
    const value = data[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

/** A request's progress as a timeline (GET /requests/:id/history), loaded when opened. */
export function RequestTimeline({ requestId }: { requestId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="timeline" onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary>{t('timeline.show')}</summary>
      {open && <TimelineSteps requestId={requestId} />}
    </details>
  );
}

function TimelineSteps({ requestId }: { requestId: string }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const state = useAsync(async () => (await api<HistoryEntryView[]>('GET', `/requests/${requestId}/history`)).body, [api, requestId]);
  if (state.loading && !state.data) return <Loading />;
  return (
    <>
      <ErrorMessage error={state.error} />
      <ol className="timeline-steps" aria-label={t('timeline.title')}>
        {state.data?.map((entry) => {
          const detail = stepDetail(entry.data);
          return (
            <li key={entry.eventId} data-event-type={entry.type}>
              <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time> <strong>{t(`event.${entry.type}`)}</strong>
              {detail && <span className="muted"> — {detail}</span>}
            </li>
          );
        })}
      </ol>
    </>
  );
}
