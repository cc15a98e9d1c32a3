import type { EntityManager } from 'typeorm';
import { Forbidden, IllegalTransition, isUuid, StaleVersion, type ActorContext } from '@civicloop/contracts';
import { nextStatus, type RequestAction } from '@civicloop/request-lifecycle';
import { Assignment } from './assignment.entity';
import { assertHandlingUnit, assertVisible } from './assignment-visibility';

/** An assignment locked for a command: 404 outside the caller's view, 409 on a stale If-Match. */
export async function lockAssignment(manager: EntityManager, context: ActorContext, id: string, expectedVersion?: number): Promise<Assignment> {
  const assignment = isUuid(id)
    ? await manager.findOne(Assignment, { where: { id, tenantId: context.tenantId }, lock: { mode: 'pessimistic_write' } })
    : null;
  assertVisible(context, assignment, id);
  if (expectedVersion !== undefined && expectedVersion !== assignment.version) {
    throw new StaleVersion('assignment', expectedVersion, assignment.version);
  }
  return assignment;
}

/**
 * The caller's own lead order, locked, for a step only the lead takes (首接负责): a co-handler is
 * refused with `coHandlerRefusal`, which tells it what to do instead.
 */
export async function lockOwnLeadAssignment(
  manager: EntityManager,
  context: ActorContext,
  id: string,
  expectedVersion: number | undefined,
  coHandlerRefusal: string,
): Promise<Assignment> {
  const assignment = await lockAssignment(manager, context, id, expectedVersion);
  assertHandlingUnit(context, assignment);
  if (assignment.role === 'co-handler') throw new Forbidden(coHandlerRefusal);
  return assignment;
}

/** One step of the request's state machine on the assignment; a withdrawn order takes none. */
export function advanceAssignment(assignment: Assignment, action: RequestAction): void {
  if (assignment.status === 'withdrawn') throw new IllegalTransition('assignment', 'withdrawn', action, []);
  assignment.status = nextStatus(assignment.status, action) as Assignment['status'];
  assignment.version += 1;
}
