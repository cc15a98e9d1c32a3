import { Forbidden, StaleVersion, type ActorContext, type Role } from '@civicloop/contracts';
import { assertCallbackRole, assertExpectedVersion, assertReplyingUnit, canSeeCase } from './case-access';

const as = (roles: Role[], unitCodes: string[] = []): ActorContext => ({ tenantId: 'd1', userId: 'u1', roles, unitCodes });

describe('who may act on a feedback case', () => {
  it('lets staff and managers of the holding unit reply', () => {
    expect(() => assertReplyingUnit(as(['unit-staff'], ['water']), 'water')).not.toThrow();
    expect(() => assertReplyingUnit(as(['unit-manager'], ['roads', 'water']), 'water')).not.toThrow();
  });

  it('refuses a reply from another unit, or from a district-wide role', () => {
    expect(() => assertReplyingUnit(as(['unit-staff'], ['roads']), 'water')).toThrow(Forbidden);
    expect(() => assertReplyingUnit(as(['dispatcher'], ['water']), 'water')).toThrow(Forbidden);
  });

  it('lets agents and dispatchers record callbacks, and nobody else', () => {
    expect(() => assertCallbackRole(as(['agent']))).not.toThrow();
    expect(() => assertCallbackRole(as(['dispatcher']))).not.toThrow();
    expect(() => assertCallbackRole(as(['unit-staff'], ['water']))).toThrow(Forbidden);
    expect(() => assertCallbackRole(as(['supervisor']))).toThrow(Forbidden);
  });

  it('shows a case to district-wide roles and to units that were assigned it', () => {
    expect(canSeeCase(as(['supervisor']), ['water'])).toBe(true);
    expect(canSeeCase(as(['unit-staff'], ['water']), ['roads', 'water'])).toBe(true);
    expect(canSeeCase(as(['unit-staff'], ['parks']), ['roads', 'water'])).toBe(false);
    expect(canSeeCase(as(['resident']), ['water'])).toBe(false);
  });

  it('refuses a change based on an older version of the case', () => {
    expect(() => assertExpectedVersion(undefined, 4)).not.toThrow();
    expect(() => assertExpectedVersion(4, 4)).not.toThrow();
    expect(() => assertExpectedVersion(3, 4)).toThrow(StaleVersion);
  });
});
