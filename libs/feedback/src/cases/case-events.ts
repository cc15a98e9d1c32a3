import type { AssignmentRole } from '@civicloop/contracts';
import { canApply, nextStatus, type RequestStatus } from '@civicloop/request-lifecycle';

/** What feedback keeps of a request between events. */
export interface CaseState {
  status: RequestStatus;
  attempt: number;
  assignmentId: string | null;
  unitCode: string | null;
}

export interface AssignmentRef {
  assignmentId: string;
  unitCode: string;
  attempt: number;
  /** Absent on events from before co-handlers (吹哨报到): the lead. */
  role?: AssignmentRole;
}

export type CaseEventKind = 'created' | 'signed' | 'objection-upheld';

export type CaseChange =
  | { outcome: 'apply'; next: CaseState }
  /** Already applied, or about an attempt or assignment that was superseded: history only. */
  | { outcome: 'ignore'; reason: string }
  /** Follows an event that has not arrived yet: the transport must redeliver it later. */
  | { outcome: 'early'; reason: string };

const apply = (next: CaseState): CaseChange => ({ outcome: 'apply', next });
const ignore = (reason: string): CaseChange => ({ outcome: 'ignore', reason });
const early = (reason: string): CaseChange => ({ outcome: 'early', reason });

/** Statuses a case reaches only after its current assignment was signed for. */
const PAST_SIGNING: ReadonlySet<RequestStatus> = new Set(['signed', 'replied', 'closed']);

/**
 * How an assignment event changes a case, whatever order events arrive in. `known` says whether
 * the case has already seen this assignment created; an event about an unknown assignment came early.
 */
export function changeFor(current: CaseState | null, kind: CaseEventKind, assignment: AssignmentRef, known: boolean): CaseChange {
  // 首接负责: the lead replies for all, so a co-handler's assignment never becomes the case's unit.
  if (assignment.role === 'co-handler') return ignore('a co-handler’s assignment is history only: the lead replies for all');
  if (!current) {
    return kind === 'created' ? apply(heldBy(assignment)) : early(`${kind} arrived before the assignment was created`);
  }
  if (assignment.attempt < current.attempt) return ignore(`attempt ${assignment.attempt} was superseded by attempt ${current.attempt}`);
  // Only feedback's own reopening raises the attempt, so a later attempt here means that step is unseen.
  if (assignment.attempt > current.attempt) return early(`attempt ${assignment.attempt} arrived while the case is at attempt ${current.attempt}`);
  if (kind === 'created') {
    if (known) return ignore('the assignment is already known');
    if (!canApply(current.status, 'dispatch')) return early(`a new assignment arrived while the case is ${current.status}`);
    return apply({ ...heldBy(assignment), status: nextStatus(current.status, 'dispatch') });
  }
  if (!known) return early(`${kind} arrived before its assignment was created`);
  if (assignment.assignmentId !== current.assignmentId) return ignore('the assignment was withdrawn');
  if (kind === 'signed') {
    if (PAST_SIGNING.has(current.status)) return ignore(`the case is already ${current.status}`);
    if (!canApply(current.status, 'sign')) return early(`signed arrived while the case is ${current.status}`);
    return apply({ ...current, status: nextStatus(current.status, 'sign') });
  }
  // Feedback does not follow assignment.objected: an upheld objection implies it, so both steps apply here.
  if (!canApply(current.status, 'object')) return early(`objection upheld while the case is ${current.status}`);
  return apply({ status: nextStatus(nextStatus(current.status, 'object'), 'uphold-objection'), attempt: current.attempt, assignmentId: null, unitCode: null });
}

function heldBy(assignment: AssignmentRef): CaseState {
  return { status: 'dispatched', attempt: assignment.attempt, assignmentId: assignment.assignmentId, unitCode: assignment.unitCode };
}

/**
 * The feedback deadline of an assignment passed without a reply (Art. 23): the case expires and the
 * resident is called back anyway, but only for the lead assignment of the current attempt.
 */
export function expiryFor(current: CaseState | null, missed: AssignmentRef, known: boolean): CaseChange {
  if (missed.role === 'co-handler') return ignore('a co-handler’s deadline does not expire the case: the lead replies for all');
  if (!current || !known) return early('the deadline of an assignment the case has not seen yet');
  if (missed.attempt < current.attempt) return ignore(`attempt ${missed.attempt} was superseded by attempt ${current.attempt}`);
  if (missed.attempt > current.attempt) return early(`attempt ${missed.attempt} arrived while the case is at attempt ${current.attempt}`);
  if (missed.assignmentId !== current.assignmentId) return ignore('the assignment was withdrawn');
  if (!canApply(current.status, 'expire')) return ignore(`the case is already ${current.status}`);
  return apply({ ...current, status: nextStatus(current.status, 'expire') });
}
