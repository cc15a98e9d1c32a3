import { DISTRICT_WIDE_ROLES, Forbidden, isUnitStaff, seesWholeDistrict, UNIT_ROLES, worksForAnyOf, type ActorContext } from '@civicloop/contracts';

/**
 * Which units' rows a user may read: all for district-wide roles, their own for unit staff (ranked
 * among all units, so the rank still means the district's rank). Anyone else is refused.
 */
export function visibleUnitsFor(context: ActorContext): (unitCode: string) => boolean {
  if (seesWholeDistrict(context)) return () => true;
  if (isUnitStaff(context)) return (unitCode) => worksForAnyOf(context, [unitCode]);
  throw new Forbidden(`unit rates need one of the roles: ${[...DISTRICT_WIDE_ROLES, ...UNIT_ROLES].join(', ')}`);
}
