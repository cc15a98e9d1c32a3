import { ValidationFailed, type FieldProblem, type IssueSupervisionNoticePayload } from '@civicloop/contracts';

export const MAX_NOTICE_LENGTH = 2000;

export interface NoticeInput {
  assignmentId: string;
  note: string;
  dueAt: Date;
}

/** Checks a supervision notice at the edge: a note that says what is expected, and a new deadline in the future. */
export function readNoticeInput(payload: Partial<IssueSupervisionNoticePayload> | undefined, now: Date): NoticeInput {
  const input = payload ?? {};
  const problems: FieldProblem[] = [];
  const note = typeof input.note === 'string' ? input.note.trim() : '';
  if (note.length === 0) problems.push({ field: 'note', reason: 'must say what the unit is to do' });
  else if (note.length > MAX_NOTICE_LENGTH) problems.push({ field: 'note', reason: `must be at most ${MAX_NOTICE_LENGTH} characters` });
  const dueAt = typeof input.dueAt === 'string' ? new Date(input.dueAt) : new Date(Number.NaN);
  if (Number.isNaN(dueAt.getTime())) problems.push({ field: 'dueAt', reason: 'must be an ISO 8601 instant' });
  else if (dueAt.getTime() <= now.getTime()) problems.push({ field: 'dueAt', reason: `must be after now (${now.toISOString()})` });
  if (problems.length > 0) throw new ValidationFailed(problems);
  return { assignmentId: String(input.assignmentId ?? ''), note, dueAt };
}
