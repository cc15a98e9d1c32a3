import { useState, type FormEvent } from 'react';
import { EMERGENCY_SERVICES, TRIAGE_OUTCOMES, type ArticleSummary, type TriageBody, type TriageOutcome } from '../../api/api-types';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { Field, SelectField, FormActions } from '../../ui/fields';
import { fieldProblems } from '../../ui/field-problems';
import { ErrorMessage } from '../../ui/status';
import { useSubmit } from '../../ui/use-async';
import { KnowledgeSearch } from '../knowledge/knowledge-search';

interface Props {
  requestId: string;
  onDone(outcome: TriageOutcome): void;
  onCancel(): void;
}

/** 分类处置 (an answer cites a knowledge-base article): POST /requests/:id/triage with the reason the resident is told; 409 once the request was dispatched. */
export function TriageForm({ requestId, onDone, onCancel }: Props) {
  const { t } = useI18n();
  const { api } = useAuth();
  const [outcome, setOutcome] = useState<TriageOutcome>('handed-to-emergency');
  const [emergencyService, setEmergencyService] = useState('');
  const [referredTo, setReferredTo] = useState('');
  const [reason, setReason] = useState('');
  const [article, setArticle] = useState<ArticleSummary | null>(null);
  const triage = useSubmit(async () => {
    const body: TriageBody = { outcome, reason };
    if (outcome === 'answered' && article) body.articleId = article.id;
    if (outcome === 'handed-to-emergency') body.emergencyService = emergencyService;
    if (outcome === 'referred') body.referredTo = referredTo;
    await api('POST', `/requests/${requestId}/triage`, { body });
    onDone(outcome);
  });
  const problems = fieldProblems(triage.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void triage.run();
  };
  return (
    <form className="form-grid" onSubmit={submit} aria-label={t('triage.title')}>
      <SelectField label={t('triage.outcome')} name="outcome" value={outcome} options={TRIAGE_OUTCOMES} prefix="triage.outcome." onChange={(value) => setOutcome(value as TriageOutcome)} required error={problems.outcome} />
      {outcome === 'handed-to-emergency' && (
        <SelectField label={t('triage.emergencyService')} name="emergencyService" value={emergencyService} options={EMERGENCY_SERVICES} prefix="triage.service." onChange={setEmergencyService} required error={problems.emergencyService} />
      )}
      {outcome === 'answered' && (
        <div className="field">
          <KnowledgeSearch
            selectedId={article?.id ?? null}
            action={(hit) => (
              <button
                type="button"
                aria-pressed={article?.id === hit.id}
                onClick={() => {
                  setArticle(hit);
                  setReason(t('agent.answer.defaultReason', { title: hit.title }));
                }}
              >
                {article?.id === hit.id ? t('agent.answer.chosen') : t('agent.answer.choose')}
              </button>
            )}
          />
          {problems.articleId && <small className="field-error">{problems.articleId}</small>}
        </div>
      )}
      {outcome === 'referred' && (
        <Field label={t('triage.referredTo')} error={problems.referredTo}>
          {(id, describedBy, invalid) => <input id={id} name="referredTo" value={referredTo} onChange={(e) => setReferredTo(e.target.value)} required maxLength={200} aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
        </Field>
      )}
      <Field label={t('triage.reason')} hint={t('triage.reasonHint')} error={problems.reason}>
        {(id, describedBy, invalid) => <textarea id={id} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={1000} rows={2} aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
      </Field>
      <ErrorMessage error={triage.error} />
      <FormActions submitLabel={t('triage.submit')} submitting={triage.submitting} onCancel={onCancel} />
    </form>
  );
}
