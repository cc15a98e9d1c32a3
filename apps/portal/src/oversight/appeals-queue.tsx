import { useState } from 'react';
import type { AppealView } from '../api/oversight-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { ErrorMessage, Loading, Success } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { ApproveRefuse } from './approve-refuse';
import { FlagUnreasonable } from './flag-unreasonable';
import { OrderRef } from './order-ref';
import { useRequestSummaries } from './use-request-summaries';

/** 考核申诉: units' appeals; accepting takes the order out of that unit's rates, the reason kept. */
export function AppealsQueue() {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const { unitName } = useReference();
  const [done, setDone] = useState<string | null>(null);
  const appeals = useAsync(async () => (await api<AppealView[]>('GET', '/assessment/appeals?state=pending')).body, [api]);
  const requests = useRequestSummaries(appeals.data?.map((appeal) => appeal.requestId));
  const decide = async (appeal: AppealView, decision: 'accept' | 'reject', note: string) => {
    await api('POST', `/assessment/appeals/${appeal.appealId}/decision`, { body: { decision, note } });
    setDone(t(decision === 'accept' ? 'oversight.appeals.accepted' : 'oversight.appeals.rejected', { unit: unitName(appeal.unitCode) }));
    appeals.reload();
  };
  return (
    <section className="card" aria-labelledby="appeals-title">
      <div className="card-head">
        <h2 id="appeals-title">{t('oversight.appeals.title')}</h2>
        <button type="button" onClick={appeals.reload}>
          {t('common.refresh')}
        </button>
      </div>
      {appeals.loading && !appeals.data && <Loading />}
      <ErrorMessage error={appeals.error} />
      <Success>{done}</Success>
      {appeals.data?.length === 0 && <p>{t('oversight.appeals.empty')}</p>}
      <ul className="request-list">
        {appeals.data?.map((appeal) => (
          <li key={appeal.appealId} className="request-item" data-appeal-id={appeal.appealId} data-request-id={appeal.requestId}>
            <OrderRef requestId={appeal.requestId} request={requests.get(appeal.requestId)} />
            <div>
              {unitName(appeal.unitCode)}: {appeal.reason}
            </div>
            <div className="muted">{t('oversight.raisedAt', { at: formatDateTime(appeal.appealedAt) })}</div>
            <ApproveRefuse
              approveLabel={t('oversight.appeals.accept')}
              refuseLabel={t('oversight.appeals.reject')}
              noteLabel={t('oversight.note')}
              approveWithNote
              onApprove={(note) => decide(appeal, 'accept', note)}
              onRefuse={(note) => decide(appeal, 'reject', note)}
            />
            <FlagUnreasonable requestId={appeal.requestId} />
          </li>
        ))}
      </ul>
    </section>
  );
}
