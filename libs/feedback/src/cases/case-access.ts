import { Forbidden, StaleVersion, type ActorContext, type Role } from '@civicloop/contracts';

/** Roles that see every request of the district (PRODUCT.md, "Who sees what"). */
const DISTRICT_WIDE_ROLES: ReadonlySet<Role> = new Set(['agent', 'dispatcher', 'supervisor', 'district-admin']);
const UNIT_ROLES: ReadonlySet<Role> = new Set(['unit-staff', 'unit-manager']);
/** Callbacks are made by the call centre: agents, and dispatchers standing in for them. */
const CALLBACK_ROLES: ReadonlySet<Role> = new Set(['agent', 'dispatcher']);

const hasAny = (context: ActorContext, roles: ReadonlySet<Role>) => context.roles.some((role) => roles.has(role));

/** Only staff of the unit holding the order reply to it. */
export function assertReplyingUnit(context: ActorContext, unitCode: string): void {
  if (!hasAny(context, UNIT_ROLES) || !context.unitCodes.includes(unitCode)) {
    throw new Forbidden(`only staff of ${unitCode} can reply to this order`);
  }
}

export function assertCallbackRole(context: ActorContext): void {
  if (!hasAny(context, CALLBACK_ROLES)) throw new Forbidden(`recording a callback needs one of the roles: ${[...CALLBACK_ROLES].join(', ')}`);
}

/** District-wide roles see every case; unit staff the cases any of their units was assigned. */
export function canSeeCase(context: ActorContext, assignedUnitCodes: readonly string[]): boolean {
  if (hasAny(context, DISTRICT_WIDE_ROLES)) return true;
  return hasAny(context, UNIT_ROLES) && assignedUnitCodes.some((unitCode) => context.unitCodes.includes(unitCode));
}

/** Optimistic concurrency: a client that saw an older case (If-Match) must reload before changing it. */
export function assertExpectedVersion(expected: number | undefined, actual: number): void {
  if (expected !== undefined && expected !== null && expected !== actual) throw new StaleVersion('feedback case', expected, actual);
}
