import { Forbidden, NotFound, type ActorContext } from '@civicloop/contracts';
import type { Assignment } from './assignment.entity';

const DISTRICT_WIDE_ROLES = new Set(['dispatcher', 'agent', 'supervisor', 'district-admin']);
const UNIT_ROLES = new Set(['unit-staff', 'unit-manager']);

/** Dispatchers, agents and supervisors see the whole district; unit staff only their units' orders. */
export function seesWholeDistrict(context: ActorContext): boolean {
  return context.roles.some((role) => DISTRICT_WIDE_ROLES.has(role));
}

export function canSee(context: ActorContext, assignment: Assignment): boolean {
  if (seesWholeDistrict(context)) return true;
  return context.roles.some((role) => UNIT_ROLES.has(role)) && context.unitCodes.includes(assignment.unitCode);
}

/** An order outside the user's view is 404, so its existence never leaks. */
export function assertVisible(context: ActorContext, assignment: Assignment | null, id: string): asserts assignment is Assignment {
  if (!assignment || !canSee(context, assignment)) throw new NotFound('assignment', id);
}

/** Only the unit the order was dispatched to signs for it, objects to it or replies. */
export function assertHandlingUnit(context: ActorContext, assignment: Assignment): void {
  const member = context.roles.some((role) => UNIT_ROLES.has(role)) && context.unitCodes.includes(assignment.unitCode);
  if (!member) throw new Forbidden(`only staff of ${assignment.unitCode} can act on this order`);
}

export function assertRole(context: ActorContext, roles: readonly string[], action: string): void {
  if (!context.roles.some((role) => roles.includes(role))) throw new Forbidden(`${action} needs one of the roles: ${roles.join(', ')}`);
}
