import type { ActorContext } from '@civicloop/contracts';
import type { CivicRequest } from './civic-request.entity';

const DISTRICT_WIDE_ROLES = new Set(['agent', 'dispatcher', 'supervisor', 'district-admin']);
const UNIT_ROLES = new Set(['unit-staff', 'unit-manager']);

/**
 * PRODUCT.md, "Who sees what": the call centre and supervisors see the whole district; a unit the
 * requests it was ever assigned; a resident the requests they raised. Everything else is 404.
 */
export function seesWholeDistrict(context: ActorContext): boolean {
  return context.roles.some((role) => DISTRICT_WIDE_ROLES.has(role));
}

export function isUnitStaff(context: ActorContext): boolean {
  return context.roles.some((role) => UNIT_ROLES.has(role));
}

export function canSeeRequest(context: ActorContext, request: Pick<CivicRequest, 'assignedUnitCodes' | 'residentUserId'>): boolean {
  if (seesWholeDistrict(context)) return true;
  if (isUnitStaff(context) && request.assignedUnitCodes.some((unit) => context.unitCodes.includes(unit))) return true;
  return context.roles.includes('resident') && request.residentUserId === context.userId;
}
