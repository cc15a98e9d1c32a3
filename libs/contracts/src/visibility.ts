import type { ActorContext, Role } from './context';

/**
 * PRODUCT.md, "Who sees what", as one rule for every service: the call centre and supervisors see
 * the whole district; unit staff what their units were given. Anything outside is 404.
 */
export const DISTRICT_WIDE_ROLES: readonly Role[] = ['agent', 'dispatcher', 'supervisor', 'district-admin'];
export const UNIT_ROLES: readonly Role[] = ['unit-staff', 'unit-manager'];

export function hasAnyRole(context: ActorContext, roles: readonly Role[]): boolean {
  return context.roles.some((role) => roles.includes(role));
}

export function seesWholeDistrict(context: ActorContext): boolean {
  return hasAnyRole(context, DISTRICT_WIDE_ROLES);
}

export function isUnitStaff(context: ActorContext): boolean {
  return hasAnyRole(context, UNIT_ROLES);
}

/** Unit staff of at least one of these units. */
export function worksForAnyOf(context: ActorContext, unitCodes: readonly string[]): boolean {
  return isUnitStaff(context) && unitCodes.some((unitCode) => context.unitCodes.includes(unitCode));
}
