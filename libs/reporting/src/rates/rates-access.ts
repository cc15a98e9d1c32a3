import { Forbidden, type ActorContext, type Role } from '@civicloop/contracts';

/** Roles that see every unit of the district (PRODUCT.md, "Who sees what"). */
const DISTRICT_WIDE_ROLES: ReadonlySet<Role> = new Set(['supervisor', 'dispatcher', 'agent', 'district-admin']);
const UNIT_ROLES: ReadonlySet<Role> = new Set(['unit-staff', 'unit-manager']);

/**
 * Which units' rows a user may read: all for district-wide roles, their own for unit staff (ranked
 * among all units, so the rank still means the district's rank). Anyone else is refused.
 */
export function visibleUnitsFor(context: ActorContext): (unitCode: string) => boolean {
  if (context.roles.some((role) => DISTRICT_WIDE_ROLES.has(role))) return () => true;
  if (context.roles.some((role) => UNIT_ROLES.has(role))) return (unitCode) => context.unitCodes.includes(unitCode);
  throw new Forbidden(`unit rates need one of the roles: ${[...DISTRICT_WIDE_ROLES, ...UNIT_ROLES].join(', ')}`);
}
