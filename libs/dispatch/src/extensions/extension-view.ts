import type { Extension } from './extension.entity';

export function extensionView(extension: Extension) {
  return {
    id: extension.id,
    assignmentId: extension.assignmentId,
    requestId: extension.requestId,
    attempt: extension.attempt,
    unitCode: extension.unitCode,
    reason: extension.reason,
    requestedDeadline: extension.requestedDeadline.toISOString(),
    previousDeadline: extension.previousDeadline.toISOString(),
    originalDeadline: extension.originalDeadline.toISOString(),
    state: extension.state,
    requestedBy: extension.requestedBy,
    requestedAt: extension.requestedAt.toISOString(),
    manager: extension.managerId ? { userId: extension.managerId, decidedAt: extension.managerDecidedAt?.toISOString() ?? null } : null,
    decision: extension.decidedBy
      ? { userId: extension.decidedBy, role: extension.decidedRole, decidedAt: extension.decidedAt?.toISOString() ?? null, note: extension.note }
      : null,
    version: extension.version,
  };
}
