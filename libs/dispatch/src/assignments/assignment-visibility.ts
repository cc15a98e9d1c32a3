import { Forbidden, hasAnyRole, NotFound, seesWholeDistrict, worksForAnyOf, type ActorContext, type Role } from '@civicloop/contracts';
import type { Assignment } from './assignment.entity';

/** Dispatchers, agents and supervisors see the whole district; unit staff only their units' orders. */
export function canSee(context: ActorContext, assignment: Assignment): boolean {
  return seesWholeDistrict(context) || worksForAnyOf(context, [assignment.unitCode]);
}

/** An order outside the user's view is 404, so its existence never leaks. */
export function assertVisible(context: ActorContext, assignment: Assignment | null, id: string): asserts assignment is Assignment {
  if (!assignment || !canSee(context, assignment)) throw new NotFound('assignment', id);
}

/** Only the unit the order was dispatched to signs for it, objects to it or replies. */
export function assertHandlingUnit(context: ActorContext, assignment: Assignment): void {
  if (!worksForAnyOf(context, [assignment.unitCode])) throw new Forbidden(`only staff of ${assignment.unitCode} can act on this order`);
}

export function assertRole(context: ActorContext, roles: readonly Role[], action: string): void {
  if (!hasAnyRole(context, roles)) throw new Forbidden(`${action} needs one of the roles: ${roles.join(', ')}`);
}
