import { REPLY_OUTCOMES, ValidationFailed, type FieldProblem, type RecordReplyPayload, type ReplyOutcome } from '@civicloop/contracts';

/** Long enough for an explanation with the policy behind it, short enough to read on a phone. */
export const MAX_REPLY_LENGTH = 4000;

/** Checks a reply at the edge; the text is trimmed so a blank answer cannot pass as one. */
export function readReplyInput(payload: Partial<RecordReplyPayload> | undefined): RecordReplyPayload {
  const input = payload ?? {};
  const problems: FieldProblem[] = [];
  if (typeof input.assignmentId !== 'string' || input.assignmentId.length === 0) problems.push({ field: 'assignmentId', reason: 'is required' });
  if (!(REPLY_OUTCOMES as readonly unknown[]).includes(input.outcome)) {
    problems.push({ field: 'outcome', reason: `must be one of ${REPLY_OUTCOMES.join(', ')}` });
  }
  const text = typeof input.text === 'string' ? input.text.trim() : '';
  if (text.length === 0) problems.push({ field: 'text', reason: 'must say what was done, or why it cannot be done now' });
  else if (text.length > MAX_REPLY_LENGTH) problems.push({ field: 'text', reason: `must be at most ${MAX_REPLY_LENGTH} characters` });
  if (problems.length > 0) throw new ValidationFailed(problems);
  return { assignmentId: input.assignmentId as string, outcome: input.outcome as ReplyOutcome, text };
}
