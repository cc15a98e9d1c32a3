import type { Objection } from './objection.entity';

const iso = (instant: Date | null) => instant?.toISOString() ?? null;

export function objectionView(objection: Objection) {
  return {
    id: objection.id,
    assignmentId: objection.assignmentId,
    requestId: objection.requestId,
    attempt: objection.attempt,
    unitCode: objection.unitCode,
    objectionNo: objection.objectionNo,
    reason: objection.reason,
    state: objection.state,
    reviewerRole: objection.reviewerRole,
    raisedBy: objection.raisedBy,
    raisedAt: objection.raisedAt.toISOString(),
    windowEndsAt: objection.windowEndsAt.toISOString(),
    reviewDueAt: iso(objection.reviewDueAt),
    manager: objection.managerId ? { userId: objection.managerId, decidedAt: iso(objection.managerDecidedAt), note: objection.managerNote } : null,
    review: objection.reviewedBy
      ? {
          userId: objection.reviewedBy,
          reviewedAt: iso(objection.reviewedAt),
          note: objection.reviewNote,
          reassignedUnitCode: objection.reassignedUnitCode,
          reassignedAssignmentId: objection.reassignedAssignmentId,
        }
      : null,
  };
}
