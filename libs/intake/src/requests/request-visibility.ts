import { seesWholeDistrict, worksForAnyOf, type ActorContext } from '@civicloop/contracts';
import type { CivicRequest } from './civic-request.entity';

/**
 * PRODUCT.md, "Who sees what": the call centre and supervisors see the whole district; a unit the
 * requests it was ever assigned; a resident the requests they raised. Everything else is 404.
 */
export function canSeeRequest(context: ActorContext, request: Pick<CivicRequest, 'assignedUnitCodes' | 'residentUserId'>): boolean {
  if (seesWholeDistrict(context) || worksForAnyOf(context, request.assignedUnitCodes)) return true;
  return context.roles.includes('resident') && request.residentUserId === context.userId;
}
