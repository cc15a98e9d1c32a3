import { useState } from 'react';
import type { DuplicateCandidateView, RegisteredRequest } from '../../api/api-types';
import { useI18n } from '../../i18n/i18n';
import { Success } from '../../ui/status';
import { MergeOffer } from './merge-offer';
import { TriageForm } from './triage-form';

interface Props {
  request: RegisteredRequest;
  duplicates: DuplicateCandidateView[];
  onChanged(): void;
}

/** The request just saved: merge it into a duplicate offered, or give it another outcome than dispatch. */
export function RegisteredPanel({ request, duplicates, onChanged }: Props) {
  const { t } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const [offerMerge, setOfferMerge] = useState(duplicates.length > 0);
  const [triaging, setTriaging] = useState(false);
  const open = !done;
  return (
    <section className="card" aria-labelledby="registered-title" data-request-id={request.id}>
      <h2 id="registered-title">{t('agent.saved.title', { orderNo: request.orderNo })}</h2>
      <Success>{done}</Success>
      {open && offerMerge && (
        <MergeOffer
          requestId={request.id}
          candidates={duplicates}
          onKeep={() => setOfferMerge(false)}
          onMerged={(orderNo) => {
            setDone(t('agent.merge.done', { orderNo }));
            onChanged();
          }}
        />
      )}
      {open && !triaging && (
        <div className="actions">
          <button type="button" onClick={() => setTriaging(true)}>
            {t('triage.open')}
          </button>
        </div>
      )}
      {open && triaging && (
        <TriageForm
          requestId={request.id}
          onCancel={() => setTriaging(false)}
          onDone={(outcome) => {
            setDone(t('triage.done', { outcome: t(`triage.outcome.${outcome}`) }));
            onChanged();
          }}
        />
      )}
    </section>
  );
}
