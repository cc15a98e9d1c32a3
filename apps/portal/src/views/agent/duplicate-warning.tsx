import { useEffect, useId } from 'react';
import type { DuplicateCandidateView, RegisterRequestBody } from '../../api/api-types';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/status';
import { useAsync } from '../../ui/use-async';
import { useDebounced } from '../../ui/use-debounced';

type Draft = Pick<RegisterRequestBody, 'categoryCode' | 'areaCode' | 'address' | 'description'>;

interface Props {
  draft: Draft;
  /** The candidates last offered (the console offers merging into one of them after saving). */
  onCandidates(candidates: DuplicateCandidateView[]): void;
}

/** 并单: while the agent types, open requests this draft may duplicate (POST /requests/similar), checked once typing pauses. */
export function DuplicateWarning({ draft, onCandidates }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const { api } = useAuth();
  const complete = [draft.categoryCode, draft.areaCode, draft.address, draft.description].every((value) => value.trim() !== '');
  // Only the four fields the lookup takes (the gateway refuses unknown ones).
  const { categoryCode, areaCode, address, description } = draft;
  const settled = useDebounced(complete ? JSON.stringify({ categoryCode, areaCode, address, description }) : '', 500);
  const similar = useAsync(async () => (settled ? (await api<DuplicateCandidateView[]>('POST', '/requests/similar', { body: JSON.parse(settled) as Draft })).body : []), [api, settled]);
  const candidates = similar.data ?? [];
  useEffect(() => onCandidates(similar.data ?? []), [similar.data, onCandidates]);
  if (similar.error) return <ErrorMessage error={similar.error} />;
  if (candidates.length === 0) return null;
  return (
    <section className="notice" aria-labelledby={titleId} aria-live="polite">
      <h3 id={titleId}>{t('agent.duplicates.title', { count: candidates.length })}</h3>
      <ul className="request-list">
        {candidates.map((candidate) => (
          <li key={candidate.id} className="request-item" data-duplicate-id={candidate.id}>
            <div className="request-line">
              <strong>{candidate.orderNo}</strong>
              <span className={`badge badge-${candidate.status}`}>{t(`status.${candidate.status}`)}</span>
            </div>
            <div>
              {t('agent.duplicates.similarity', { percent: Math.round(candidate.similarity * 100) })} · {duplicateReason(t, candidate)}
            </div>
            <div className="muted">
              {candidate.address} · {candidate.description}
            </div>
          </li>
        ))}
      </ul>
      <p className="muted">{t('agent.duplicates.hint')}</p>
    </section>
  );
}

export function duplicateReason(t: (key: string, vars?: Record<string, string | number>) => string, candidate: DuplicateCandidateView): string {
  if (candidate.reason === 'near' && candidate.distanceMetres !== null) return t('agent.duplicates.reason.nearBy', { metres: candidate.distanceMetres });
  return t(`agent.duplicates.reason.${candidate.reason}`);
}
