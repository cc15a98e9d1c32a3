import type { Assignment } from './assignment.entity';

export function assignmentView(assignment: Assignment) {
  return {
    id: assignment.id,
    requestId: assignment.requestId,
    unitCode: assignment.unitCode,
    attempt: assignment.attempt,
    status: assignment.status,
    dispatchedAt: assignment.dispatchedAt.toISOString(),
    signForDeadline: assignment.signForDeadline.toISOString(),
    feedbackDeadline: assignment.feedbackDeadline.toISOString(),
    signedAt: assignment.signedAt?.toISOString() ?? null,
    objectionReason: assignment.objectionReason,
    reason: assignment.reason,
    version: assignment.version,
  };
}
