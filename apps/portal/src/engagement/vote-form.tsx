import { useState, type FormEvent } from 'react';
import type { AgendaItem } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { fieldProblems } from '../ui/field-problems';
import { Field, FormActions } from '../ui/fields';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';
import { ruleText } from './rule-text';

/** The recorded vote on one agenda item: a count per option, no more ballots than participants who vote. */
export function VoteForm({ sessionId, item, voters, onDone, onCancel }: { sessionId: string; item: AgendaItem; voters: number; onDone(): void; onCancel(): void }) {
  const { t, locale } = useI18n();
  const { api } = useAuth();
  const [counts, setCounts] = useState<string[]>(item.options.map((_, i) => String(item.counts?.[i] ?? 0)));
  const submit = useSubmit(async () => {
    await api('POST', `/deliberation/sessions/${sessionId}/items/${item.id}/vote`, { body: { counts: counts.map(Number) } });
    onDone();
  });
  const problem = fieldProblems(submit.error).counts;
  return (
    <form
      className="form-grid"
      aria-label={t('engagement.session.vote')}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit.run();
      }}
    >
      <div className="settings-grid">
        {item.options.map((option, i) => (
          <Field key={option} label={t('engagement.session.votesFor', { option })}>
            {(id) => <input id={id} type="number" min={0} required value={counts[i]} onChange={(e) => setCounts(counts.map((old, j) => (j === i ? e.target.value : old)))} />}
          </Field>
        ))}
      </div>
      <p className="hint">{t('engagement.session.voters', { voters })}</p>
      {problem && (
        <p className="field-error" role="alert">
          {ruleText(problem, locale)}
        </p>
      )}
      {!problem && <ErrorMessage error={submit.error} />}
      <FormActions submitLabel={t('engagement.session.voteSubmit')} submitting={submit.submitting} onCancel={onCancel} />
    </form>
  );
}
