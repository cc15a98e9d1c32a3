import type { ActorContext } from './context';
import { seesWholeDistrict, worksForAnyOf } from './visibility';

const who = (roles: ActorContext['roles'], unitCodes: string[] = []): ActorContext => ({ tenantId: 'demo', userId: 'u', roles, unitCodes });

describe('who sees what in a district', () => {
  it('lets the call centre and supervisors see the whole district, and nobody else', () => {
    for (const role of ['agent', 'dispatcher', 'supervisor', 'district-admin'] as const) expect(seesWholeDistrict(who([role]))).toBe(true);
    for (const role of ['unit-staff', 'unit-manager', 'resident', 'deputy', 'platform-operator'] as const) expect(seesWholeDistrict(who([role]))).toBe(false);
  });

  it('counts a unit role only for the units named in the token', () => {
    expect(worksForAnyOf(who(['unit-manager'], ['water']), ['roads', 'water'])).toBe(true);
    expect(worksForAnyOf(who(['unit-staff'], ['water']), ['roads'])).toBe(false);
    expect(worksForAnyOf(who(['agent'], ['water']), ['water'])).toBe(false);
  });
});
