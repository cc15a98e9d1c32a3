import { CivicError, IllegalTransition, type AssignmentRole } from '@civicloop/contracts';

/**
 * Which assignment may reply for a case: only the lead (首接负责) that holds it now. A co-handler
 * reports to the lead instead; a withdrawn assignment has no say any more. Null: may reply.
 */
export function replyRefusal(assignment: { assignmentId: string; role?: AssignmentRole | null }, heldBy: string | null): CivicError | null {
  if (assignment.role === 'co-handler') {
    return new CivicError(409, 'conflict', 'the lead unit replies for all: a co-handler reports to the lead instead', {
      state: 'co-handler',
      action: 'reply',
      allowed: [],
    });
  }
  if (heldBy !== assignment.assignmentId) return new IllegalTransition('assignment', 'withdrawn', 'reply', []);
  return null;
}
