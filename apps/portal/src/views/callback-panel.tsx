import { useState, type FormEvent } from 'react';
import type { CivicRequestView, FeedbackCaseView } from '../api/api-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { SATISFACTION_LEVELS } from '../reference/demo-reference';
import { useReference } from '../reference/district-reference';
import { SelectField } from '../ui/fields';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync, useSubmit } from '../ui/use-async';

interface Loaded {
  request: CivicRequestView;
  feedback: FeedbackCaseView;
  etag: string | null;
}

/** 回访: a replied request from the callback queue, the unit's reply, and reached / solved / satisfied. */
export function CallbackPanel({ requestId, onRecorded, onClose }: { requestId: string; onRecorded(status: string): void; onClose(): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const { unitName } = useReference();
  const [reached, setReached] = useState(true);
  const [solved, setSolved] = useState('yes');
  const [satisfaction, setSatisfaction] = useState('satisfied');

  const state = useAsync(async (): Promise<Loaded> => {
    const [request, feedback] = await Promise.all([api<CivicRequestView>('GET', `/requests/${requestId}`), api<FeedbackCaseView>('GET', `/requests/${requestId}/feedback`)]);
    return { request: request.body, feedback: feedback.body, etag: feedback.etag };
  }, [api, requestId]);
  const loaded = state.data;
  const record = useSubmit(async () => {
    if (!loaded) return;
    const body = reached ? { reached, solved: solved === 'yes', satisfaction } : { reached };
    await api('POST', `/requests/${loaded.request.id}/callbacks`, { body, headers: loaded.etag ? { 'if-match': loaded.etag } : {} });
    const after = await api<CivicRequestView>('GET', `/requests/${loaded.request.id}`);
    onRecorded(after.body.status);
  });

  const reply = loaded?.feedback.lastReply;
  return (
    <section className="card" aria-labelledby="callback-title">
      <h2 id="callback-title">{t('agent.callback.title')}</h2>
      {state.loading && !loaded && <Loading />}
      <ErrorMessage error={state.error} />
      {loaded && loaded.request.status !== 'replied' && <p role="status">{t('agent.callback.notReplied', { status: t(`status.${loaded.request.status}`) })}</p>}
      {loaded && loaded.request.status === 'replied' && (
        <form
          className="form-grid"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void record.run();
          }}
        >
          <p>
            <strong>{loaded.request.orderNo}</strong> · {loaded.request.description}
          </p>
          {reply && <p className="reply">{t('agent.callback.reply', { unit: unitName(reply.unitCode), outcome: t(`outcome.${reply.outcome}`), text: reply.text })}</p>}
          <div className="field field-check">
            <input id="callback-reached" type="checkbox" checked={reached} onChange={(e) => setReached(e.target.checked)} />
            <label htmlFor="callback-reached">{t('agent.callback.reached')}</label>
          </div>
          {reached && (
            <>
              <fieldset className="field">
                <legend>{t('agent.callback.solved')}</legend>
                {['yes', 'no'].map((value) => (
                  <label key={value} className="radio">
                    <input type="radio" name="solved" value={value} checked={solved === value} onChange={() => setSolved(value)} /> {t(`common.${value}`)}
                  </label>
                ))}
              </fieldset>
              <SelectField label={t('agent.callback.satisfaction')} name="satisfaction" value={satisfaction} options={SATISFACTION_LEVELS} prefix="satisfaction." onChange={setSatisfaction} required />
            </>
          )}
          <ErrorMessage error={record.error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={record.submitting}>
              {record.submitting ? t('common.submitting') : t('agent.callback.submit')}
            </button>
            <button type="button" onClick={onClose}>
              {t('unit.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
