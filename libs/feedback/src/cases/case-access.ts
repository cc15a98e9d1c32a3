import { Forbidden, hasAnyRole, NotFound, seesWholeDistrict, StaleVersion, ValidationFailed, worksForAnyOf, type ActorContext, type Role } from '@civicloop/contracts';

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

/** A resident (and nobody from the call centre) records the callback as themselves. */
export function ratesAsResident(context: ActorContext): boolean {
  return context.roles.includes('resident') && !hasAnyRole(context, CALLBACK_ROLES);
}

/**
 * Who may record a callback: the call centre for any request, or the resident who raised the
 * request themselves, rating it in the portal — which counts as a valid callback (PRODUCT.md,
 * "Which month counts"), so the resident must say whether it was solved and how satisfied they are.
 * Anyone else's request is 404 to a resident, so existence never leaks.
 */
export function assertMayRecordCallback(context: ActorContext, requestId: string, ownerUserId: string | null, reached: boolean): void {
  if (!ratesAsResident(context)) return assertCallbackRole(context);
  if (ownerUserId !== context.userId) throw new NotFound('request', requestId);
  if (!reached) throw new ValidationFailed([{ field: 'reached', reason: 'a resident rating their own request answers it: reached must be true' }]);
}

/** District-wide roles see every case; unit staff the cases any of their units was assigned. */
export function canSeeCase(context: ActorContext, assignedUnitCodes: readonly string[]): boolean {
  return seesWholeDistrict(context) || worksForAnyOf(context, assignedUnitCodes);
}

/** Optimistic concurrency: a client that saw an older case (If-Match) must reload before changing it. */
export function assertExpectedVersion(expected: number | undefined, actual: number): void {
  if (expected !== undefined && expected !== null && expected !== actual) throw new StaleVersion('feedback case', expected, actual);
}
