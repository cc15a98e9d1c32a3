import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { RequestForm } from './request-form';
import { RequestList } from './request-list';
import { RateRequest } from './resident/rate-request';

/** 居民: raise a request and follow the ones raised (GET /requests answers only a resident's own). */
export function ResidentView() {
  const { t } = useI18n();
  const [generation, setGeneration] = useState(0);
  return (
    <div className="columns">
      <RequestForm mode="resident" onRegistered={() => setGeneration((n) => n + 1)} />
      <RequestList
        title={t('resident.mine.title')}
        empty={t('resident.mine.empty')}
        reloadKey={generation}
        action={(request) => <RateRequest request={request} onRated={() => setGeneration((n) => n + 1)} />}
      />
    </div>
  );
}
