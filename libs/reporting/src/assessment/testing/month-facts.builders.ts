import type { Satisfaction } from '@civicloop/contracts';
import type { AssignmentFactRow, CallbackOutcomeRow, Exclusion } from '../assessment-facts';

/** Builders for the rule specs: an assignment signed on time unless told otherwise. */
export function assignment(unitCode: string, overrides: Partial<AssignmentFactRow> = {}): AssignmentFactRow {
  return {
    assignmentId: `${unitCode}-a${Math.random().toString(36).slice(2, 8)}`,
    requestId: 'r1',
    unitCode,
    role: 'lead',
    attempt: 1,
    dispatchedAt: '2026-10-12T02:00:00Z',
    signForDeadline: '2026-10-13T02:00:00Z',
    signedAt: '2026-10-12T03:00:00Z',
    replied: true,
    ...overrides,
  };
}

export function outcome(unitCode: string, requestId: string, solved = true, satisfaction: Satisfaction = 'satisfied', attempt = 1): CallbackOutcomeRow {
  return { requestId, unitCode, attempt, solved, satisfaction };
}

export function exclusion(kind: Exclusion['kind'], requestId: string, overrides: Partial<Exclusion> = {}): Exclusion {
  return { kind, requestId, assignmentId: null, unitCode: null, reason: `${kind} reason`, note: null, at: '2026-10-20T02:00:00Z', ...overrides };
}
