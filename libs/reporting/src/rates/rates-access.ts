import { DISTRICT_WIDE_ROLES, Forbidden, isUnitStaff, seesWholeDistrict, UNIT_ROLES, type ActorContext } from '@civicloop/contracts';
import type { UnitTree } from '../assessment/unit-tree';

/**
 * Which units' rows a user may read: all for district-wide roles; for unit staff their own units
 * and, given the district's tree, the units under them (a street sees its communities). Ranks stay
 * district-wide, so a rank means the same to everyone. Anyone else is refused.
 */
export function visibleUnitsFor(context: ActorContext, tree?: UnitTree): (unitCode: string) => boolean {
  if (seesWholeDistrict(context)) return () => true;
  if (isUnitStaff(context)) {
    if (!tree) return (unitCode) => context.unitCodes.includes(unitCode);
    return (unitCode) => context.unitCodes.some((own) => tree.isWithin(unitCode, own));
  }
  throw new Forbidden(`unit rates need one of the roles: ${[...DISTRICT_WIDE_ROLES, ...UNIT_ROLES].join(', ')}`);
}
