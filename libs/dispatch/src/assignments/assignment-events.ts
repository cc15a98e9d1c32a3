import type { Clock } from '@civicloop/clock';
import type { ActorContext, AssignmentRole, EventEnvelope } from '@civicloop/contracts';
import { newEvent } from '@civicloop/messaging';
import type { Assignment } from './assignment.entity';

/** An event about an assignment, with the fields every assignment event carries (role: consumers tell a co-handler's steps from the lead's). */
export function assignmentEvent<T extends object>(
  type: string,
  assignment: Assignment,
  extra: T,
  context: ActorContext,
  clock: Clock,
): EventEnvelope<T & { assignmentId: string; requestId: string; unitCode: string; attempt: number; role: AssignmentRole }> {
  return newEvent(
    {
      type,
      aggregateId: assignment.id,
      aggregateVersion: assignment.version,
      data: { assignmentId: assignment.id, requestId: assignment.requestId, unitCode: assignment.unitCode, attempt: assignment.attempt, role: assignment.role, ...extra },
    },
    context,
    clock,
  );
}
