import { Forbidden, type ActorContext, type Role } from '@civicloop/contracts';
import { UnitTree } from '../assessment/unit-tree';
import { visibleUnitsFor } from './rates-access';

const as = (roles: Role[], unitCodes: string[] = []): ActorContext => ({ tenantId: 'd1', userId: 'u1', roles, unitCodes });

describe('who reads which units\' rates', () => {
  it('shows every unit to supervisors, dispatchers, agents and district admins', () => {
    for (const role of ['supervisor', 'dispatcher', 'agent', 'district-admin'] as Role[]) {
      expect(visibleUnitsFor(as([role]))('water')).toBe(true);
    }
  });

  it('shows unit staff and managers only their own units', () => {
    const visible = visibleUnitsFor(as(['unit-manager'], ['water', 'roads']));
    expect(['water', 'roads', 'parks'].filter(visible)).toEqual(['water', 'roads']);
  });

  it('shows a street the units under it when the district\'s tree is known, and no other street\'s', () => {
    const tree = new UnitTree([
      { code: 'street-a', name: '甲街道', kind: 'street', parentCode: null },
      { code: 'community-a1', name: '甲一社区', kind: 'community', parentCode: 'street-a' },
      { code: 'street-b', name: '乙街道', kind: 'street', parentCode: null },
    ]);
    const visible = visibleUnitsFor(as(['unit-staff'], ['street-a']), tree);
    expect(['street-a', 'community-a1', 'street-b'].filter(visible)).toEqual(['street-a', 'community-a1']);
    expect(['street-a', 'community-a1'].filter(visibleUnitsFor(as(['unit-staff'], ['community-a1']), tree))).toEqual(['community-a1']);
  });

  it('refuses residents and deputies', () => {
    expect(() => visibleUnitsFor(as(['resident']))).toThrow(Forbidden);
    expect(() => visibleUnitsFor(as(['deputy']))).toThrow(Forbidden);
  });
});
