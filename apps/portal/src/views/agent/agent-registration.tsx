import { useCallback, useState } from 'react';
import type { DuplicateCandidateView, RegisterRequestBody, RegisteredRequest } from '../../api/api-types';
import { RequestForm } from '../request-form';
import { AnswerAtOnce, type Answer } from './answer-at-once';
import { DuplicateWarning } from './duplicate-warning';

const NO_ANSWER: Answer = { article: null, reason: '' };

interface Props {
  onPhoneChange(phone: string): void;
  /** A request was saved, with the duplicates that were offered for it (none when it was answered at once). */
  onRegistered(request: RegisteredRequest, duplicates: DuplicateCandidateView[]): void;
}

/** The agent's registration: the form, the duplicates found while typing, and the knowledge base for consultations. */
export function AgentRegistration({ onPhoneChange, onRegistered }: Props) {
  const [draft, setDraft] = useState<RegisterRequestBody | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateCandidateView[]>([]);
  const [answer, setAnswer] = useState<Answer>(NO_ANSWER);
  const onCandidates = useCallback((candidates: DuplicateCandidateView[]) => setDuplicates(candidates), []);
  const consultation = draft?.type === 'consultation';
  const triage = consultation && answer.article && answer.reason.trim() ? { outcome: 'answered' as const, articleId: answer.article.id, reason: answer.reason.trim() } : null;
  return (
    <RequestForm
      mode="agent"
      onPhoneChange={onPhoneChange}
      onDraftChange={setDraft}
      answer={triage}
      onRegistered={(request, answered) => {
        // The duplicates found at saving are the latest; those shown while typing stand in when absent.
        onRegistered(request, answered ? [] : (request.duplicates ?? duplicates));
        setAnswer(NO_ANSWER);
      }}
    >
      {draft && <DuplicateWarning draft={draft} onCandidates={onCandidates} />}
      {consultation && <AnswerAtOnce answer={answer} onChange={setAnswer} />}
    </RequestForm>
  );
}
