import type { DuplicateCandidateView } from '../../api/api-types';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage, Loading } from '../../ui/status';
import { useAsync } from '../../ui/use-async';
import { MergeOffer } from '../agent/merge-offer';

interface Props {
  requestId: string;
  onMerged(orderNo: string): void;
  onClose(): void;
}

/** 并单 for a request already saved: the open requests it may duplicate (GET /requests/:id/similar), to merge it into one. */
export function SimilarRequests({ requestId, onMerged, onClose }: Props) {
  const { t } = useI18n();
  const { api } = useAuth();
  const similar = useAsync(async () => (await api<DuplicateCandidateView[]>('GET', `/requests/${requestId}/similar`)).body, [api, requestId]);
  if (similar.loading && !similar.data) return <Loading />;
  if (similar.error) return <ErrorMessage error={similar.error} />;
  if (!similar.data || similar.data.length === 0) {
    return (
      <p role="status">
        {t('merge.none')}{' '}
        <button type="button" className="link" onClick={onClose}>
          {t('knowledge.close')}
        </button>
      </p>
    );
  }
  return <MergeOffer requestId={requestId} candidates={similar.data} onMerged={onMerged} onKeep={onClose} />;
}
