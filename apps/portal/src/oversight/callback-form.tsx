import { useState, type FormEvent } from 'react';
import type { CivicRequestView, FeedbackCaseView } from '../api/api-types';
import type { CallbackQueueItem } from '../api/oversight-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { SelectField } from '../ui/fields';
import { RatingFields } from '../ui/rating-fields';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync, useSubmit } from '../ui/use-async';

/**
 * 回访 of one queued request (replied, or expired without a reply): reached or not; if reached,
 * solved and satisfied; when not solved, optionally the unit the call centre suggests for 重办.
 */
export function CallbackForm({ item, onRecorded, onClose }: { item: CallbackQueueItem; onRecorded(status: string): void; onClose(): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const { unitName, unitOptions } = useReference();
  const [reached, setReached] = useState(true);
  const [solved, setSolved] = useState<'yes' | 'no'>('yes');
  const [satisfaction, setSatisfaction] = useState('satisfied');
  const [unitCode, setUnitCode] = useState('');
  const feedback = useAsync(async () => {
    const answer = await api<FeedbackCaseView>('GET', `/requests/${item.requestId}/feedback`);
    return { feedback: answer.body, etag: answer.etag };
  }, [api, item.requestId]);
  const record = useSubmit(async () => {
    const notSolved = solved === 'no';
    const body = reached ? { reached, solved: !notSolved, satisfaction, ...(notSolved && unitCode ? { unitCode } : {}) } : { reached };
    const etag = feedback.data?.etag;
    await api('POST', `/requests/${item.requestId}/callbacks`, { body, headers: etag ? { 'if-match': etag } : {} });
    const after = await api<CivicRequestView>('GET', `/requests/${item.requestId}`);
    onRecorded(after.body.status);
  });
  const reply = feedback.data?.feedback.lastReply;
  return (
    <form
      className="form-grid"
      aria-labelledby={`callback-${item.requestId}`}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void record.run();
      }}
    >
      <h3 id={`callback-${item.requestId}`}>{t('agent.callback.title')}</h3>
      {feedback.loading && !feedback.data && <Loading />}
      <ErrorMessage error={feedback.error} />
      {reply && <p className="reply">{t('agent.callback.reply', { unit: unitName(reply.unitCode), outcome: t(`outcome.${reply.outcome}`), text: reply.text })}</p>}
      {item.status === 'expired' && <p className="muted">{t('oversight.callbacks.expiredHint')}</p>}
      <div className="field field-check">
        <input id={`reached-${item.requestId}`} type="checkbox" checked={reached} onChange={(e) => setReached(e.target.checked)} />
        <label htmlFor={`reached-${item.requestId}`}>{t('agent.callback.reached')}</label>
      </div>
      {!reached && <p className="hint">{t('oversight.callbacks.unreachedHint', { left: item.callsLeft })}</p>}
      {reached && (
        <>
          <RatingFields idSuffix={item.requestId} solved={solved} onSolved={setSolved} satisfaction={satisfaction} onSatisfaction={setSatisfaction} />
          {solved === 'no' && (
            <SelectField
              label={t('oversight.callbacks.suggestedUnit')}
              name="unitCode"
              value={unitCode}
              options={unitOptions}
              onChange={setUnitCode}
              emptyLabel={t('oversight.callbacks.dispatchDecides')}
            />
          )}
        </>
      )}
      <ErrorMessage error={record.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={record.submitting || !feedback.data}>
          {record.submitting ? t('common.submitting') : reached ? t('agent.callback.submit') : t('oversight.callbacks.recordUnreached')}
        </button>
        <button type="button" onClick={onClose}>
          {t('unit.cancel')}
        </button>
      </div>
    </form>
  );
}
