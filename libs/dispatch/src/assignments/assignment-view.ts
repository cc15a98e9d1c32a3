import type { CoHandlerStanding } from '../co-handlers/co-handler-standing';
import type { Assignment } from './assignment.entity';

/**
 * An assignment as its readers see it. A lead's view lists its co-handlers with their standing
 * (signed? reported? late?) when the caller passes them.
 */
export function assignmentView(assignment: Assignment, coHandlers?: CoHandlerStanding[]) {
  return {
    id: assignment.id,
    requestId: assignment.requestId,
    unitCode: assignment.unitCode,
    attempt: assignment.attempt,
    status: assignment.status,
    role: assignment.role ?? 'lead',
    leadAssignmentId: assignment.leadAssignmentId ?? null,
    dispatchedAt: assignment.dispatchedAt.toISOString(),
    signForDeadline: assignment.signForDeadline.toISOString(),
    feedbackDeadline: assignment.feedbackDeadline.toISOString(),
    reportDeadline: assignment.reportDeadline?.toISOString() ?? null,
    signedAt: assignment.signedAt?.toISOString() ?? null,
    reportedAt: assignment.reportedAt?.toISOString() ?? null,
    reportText: assignment.reportText ?? null,
    objectionReason: assignment.objectionReason,
    reason: assignment.reason,
    /** The unit copied to supervise (a street's orders copy the district). */
    supervisingUnitCode: assignment.supervisingUnitCode ?? null,
    ...(coHandlers ? { coHandlers } : {}),
    version: assignment.version,
  };
}
