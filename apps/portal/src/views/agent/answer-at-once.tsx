import { useI18n } from '../../i18n/i18n';
import type { ArticleSummary } from '../../api/api-types';
import { Field } from '../../ui/fields';
import { KnowledgeSearch } from '../knowledge/knowledge-search';

export interface Answer {
  article: ArticleSummary | null;
  reason: string;
}

interface Props {
  answer: Answer;
  onChange(answer: Answer): void;
}

/** 即时答复: a consultation answered from the knowledge base, registered and closed in one step. */
export function AnswerAtOnce({ answer, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="field notice">
      <legend>{t('agent.answer.title')}</legend>
      <KnowledgeSearch
        selectedId={answer.article?.id ?? null}
        action={(article) => (
          <button
            type="button"
            aria-pressed={answer.article?.id === article.id}
            onClick={() => onChange({ article, reason: t('agent.answer.defaultReason', { title: article.title }) })}
          >
            {answer.article?.id === article.id ? t('agent.answer.chosen') : t('agent.answer.choose')}
          </button>
        )}
      />
      {answer.article && (
        <Field label={t('agent.answer.reason')} hint={t('agent.answer.reasonHint', { title: answer.article.title })}>
          {(id, describedBy) => <textarea id={id} name="answerReason" value={answer.reason} onChange={(e) => onChange({ ...answer, reason: e.target.value })} maxLength={1000} rows={2} aria-describedby={describedBy} />}
        </Field>
      )}
    </fieldset>
  );
}
