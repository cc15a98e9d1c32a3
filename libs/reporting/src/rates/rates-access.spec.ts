import { Forbidden, type ActorContext, type Role } from '@civicloop/contracts';
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

  it('refuses residents and deputies', () => {
    expect(() => visibleUnitsFor(as(['resident']))).toThrow(Forbidden);
    expect(() => visibleUnitsFor(as(['deputy']))).toThrow(Forbidden);
  });
});
