import { Forbidden, hasAnyRole, seesWholeDistrict, StaleVersion, worksForAnyOf, type ActorContext, type Role } from '@civicloop/contracts';

/** Callbacks are made by the call centre: agents, and dispatchers standing in for them. */
const CALLBACK_ROLES: readonly Role[] = ['agent', 'dispatcher'];

/** Only staff of the unit holding the order reply to it. */
export function assertReplyingUnit(context: ActorContext, unitCode: string): void {
  if (!worksForAnyOf(context, [unitCode])) {
    throw new Forbidden(`only staff of ${unitCode} can reply to this order`);
  }
}

export function assertCallbackRole(context: ActorContext): void {
  if (!hasAnyRole(context, CALLBACK_ROLES)) throw new Forbidden(`recording a callback needs one of the roles: ${CALLBACK_ROLES.join(', ')}`);
}

/** District-wide roles see every case; unit staff the cases any of their units was assigned. */
export function canSeeCase(context: ActorContext, assignedUnitCodes: readonly string[]): boolean {
  return seesWholeDistrict(context) || worksForAnyOf(context, assignedUnitCodes);
}

/** Optimistic concurrency: a client that saw an older case (If-Match) must reload before changing it. */
export function assertExpectedVersion(expected: number | undefined, actual: number): void {
  if (expected !== undefined && expected !== null && expected !== actual) throw new StaleVersion('feedback case', expected, actual);
}
