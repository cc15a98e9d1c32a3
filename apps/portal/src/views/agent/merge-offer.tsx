import { useId, useState } from 'react';
import type { DuplicateCandidateView } from '../../api/api-types';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/fields';
import { ErrorMessage } from '../../ui/status';
import { useSubmit } from '../../ui/use-async';
import { duplicateReason } from './duplicate-warning';

interface Props {
  requestId: string;
  candidates: DuplicateCandidateView[];
  onMerged(orderNo: string): void;
  onKeep(): void;
}

/** After saving: merge the new request into one of the duplicates offered (POST /requests/:id/merge), or keep it on its own. */
export function MergeOffer({ requestId, candidates, onMerged, onKeep }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const { api } = useAuth();
  const [reason, setReason] = useState(t('agent.merge.defaultReason'));
  const merge = useSubmit(async (candidate: DuplicateCandidateView) => {
    await api('POST', `/requests/${requestId}/merge`, { body: { primaryRequestId: candidate.id, reason } });
    onMerged(candidate.orderNo);
  });
  return (
    <section className="notice" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('agent.merge.title')}</h3>
      <Field label={t('agent.merge.reason')}>
        {(id) => <input id={id} name="mergeReason" value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={1000} />}
      </Field>
      <ul className="request-list">
        {candidates.map((candidate) => (
          <li key={candidate.id} className="request-item" data-duplicate-id={candidate.id}>
            <div className="request-line">
              <strong>{candidate.orderNo}</strong>
              <span>{t('agent.duplicates.similarity', { percent: Math.round(candidate.similarity * 100) })} · {duplicateReason(t, candidate)}</span>
            </div>
            <div className="muted">{candidate.description}</div>
            <button type="button" className="primary" disabled={merge.submitting || reason.trim() === ''} onClick={() => void merge.run(candidate)}>
              {t('agent.merge.into', { orderNo: candidate.orderNo })}
            </button>
          </li>
        ))}
      </ul>
      <ErrorMessage error={merge.error} />
      <div className="actions">
        <button type="button" onClick={onKeep}>
          {t('agent.merge.keep')}
        </button>
      </div>
    </section>
  );
}
