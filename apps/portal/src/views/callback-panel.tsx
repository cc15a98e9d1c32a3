import { useState, type FormEvent } from 'react';
import type { CivicRequestView, FeedbackCaseView } from '../api/api-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { SATISFACTION_LEVELS } from '../reference/demo-reference';
import { Field, SelectField } from '../ui/fields';
import { ErrorMessage, Success } from '../ui/status';
import { useSubmit } from '../ui/use-async';

interface Loaded {
  request: CivicRequestView;
  feedback: FeedbackCaseView;
  etag: string | null;
}

/** 回访: look a request up, see the unit's reply, record reached / solved / satisfied. */
export function CallbackPanel({ requestId, onRecorded }: { requestId: string; onRecorded(): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const [lookup, setLookup] = useState(requestId);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reached, setReached] = useState(true);
  const [solved, setSolved] = useState('yes');
  const [satisfaction, setSatisfaction] = useState('satisfied');
  const [done, setDone] = useState<string | null>(null);

  const load = useSubmit(async () => {
    setDone(null);
    setLoaded(null);
    const id = lookup.trim();
    const [request, feedback] = await Promise.all([api<CivicRequestView>('GET', `/requests/${id}`), api<FeedbackCaseView>('GET', `/requests/${id}/feedback`)]);
    setLoaded({ request: request.body, feedback: feedback.body, etag: feedback.etag });
  });
  const record = useSubmit(async () => {
    if (!loaded) return;
    const body = reached ? { reached, solved: solved === 'yes', satisfaction } : { reached };
    await api('POST', `/requests/${loaded.request.id}/callbacks`, { body, headers: loaded.etag ? { 'if-match': loaded.etag } : {} });
    const after = await api<CivicRequestView>('GET', `/requests/${loaded.request.id}`);
    setDone(t('agent.callback.done', { status: t(`status.${after.body.status}`) }));
    setLoaded(null);
    onRecorded();
  });

  const reply = loaded?.feedback.lastReply;
  return (
    <section className="card" aria-labelledby="callback-title">
      <h2 id="callback-title">{t('agent.callback.title')}</h2>
      <form
        className="inline-form"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void load.run();
        }}
      >
        <Field label={t('agent.callback.lookup')}>{(id) => <input id={id} name="lookup" value={lookup} onChange={(e) => setLookup(e.target.value)} required />}</Field>
        <button type="submit" disabled={load.submitting}>
          {load.submitting ? t('common.loading') : t('agent.callback.load')}
        </button>
      </form>
      <ErrorMessage error={load.error} />
      <Success>{done}</Success>
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
          {reply && <p className="reply">{t('agent.callback.reply', { unit: t(`unitName.${reply.unitCode}`), outcome: t(`outcome.${reply.outcome}`), text: reply.text })}</p>}
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
          </div>
        </form>
      )}
    </section>
  );
}
