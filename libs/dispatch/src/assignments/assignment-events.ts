import type { Clock } from '@civicloop/clock';
import type { ActorContext, EventEnvelope } from '@civicloop/contracts';
import { newEvent } from '@civicloop/messaging';
import type { Assignment } from './assignment.entity';

/** An event about an assignment, with the fields every assignment event carries. */
export function assignmentEvent<T extends object>(
  type: string,
  assignment: Assignment,
  extra: T,
  context: ActorContext,
  clock: Clock,
): EventEnvelope<T & { assignmentId: string; requestId: string; unitCode: string; attempt: number }> {
  return newEvent(
    {
      type,
      aggregateId: assignment.id,
      aggregateVersion: assignment.version,
      data: { assignmentId: assignment.id, requestId: assignment.requestId, unitCode: assignment.unitCode, attempt: assignment.attempt, ...extra },
    },
    context,
    clock,
  );
}
