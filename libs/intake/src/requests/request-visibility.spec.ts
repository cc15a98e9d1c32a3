import type { ActorContext } from '@civicloop/contracts';
import { canSeeRequest } from './request-visibility';

const who = (roles: ActorContext['roles'], unitCodes: string[] = [], userId = 'u-1'): ActorContext => ({ tenantId: 'demo', userId, roles, unitCodes });
const request = { assignedUnitCodes: ['street-donghua'], residentUserId: 'resident-7' };

describe('who sees a request', () => {
  it('shows it to the whole call centre and the supervisors', () => {
    for (const role of ['agent', 'dispatcher', 'supervisor', 'district-admin'] as const) expect(canSeeRequest(who([role]), request)).toBe(true);
  });

  it('shows it to staff of a unit it was assigned to, and hides it from other units', () => {
    expect(canSeeRequest(who(['unit-staff'], ['street-donghua']), request)).toBe(true);
    expect(canSeeRequest(who(['unit-manager'], ['street-jingshan']), request)).toBe(false);
  });

  it('shows it to the resident who raised it, and to no other resident', () => {
    expect(canSeeRequest(who(['resident'], [], 'resident-7'), request)).toBe(true);
    expect(canSeeRequest(who(['resident'], [], 'resident-8'), request)).toBe(false);
  });

  it('hides it from a deputy until deputies’ issues arrive', () => {
    expect(canSeeRequest(who(['deputy']), request)).toBe(false);
  });
});
