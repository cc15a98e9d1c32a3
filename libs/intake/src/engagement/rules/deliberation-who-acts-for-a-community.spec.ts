import type { ActorContext } from '@civicloop/contracts';
import { actsForCommunity, assertDeliberationActor, assertDeliberationReader, readsCommunity } from './deliberation-access';

const user = (roles: string[], unitCodes: string[] = []): ActorContext => ({ tenantId: 'demo', userId: 'u', roles: roles as ActorContext['roles'], unitCodes });
const nanchizi = { communityAreaCode: 'donghua.nanchizi', communityUnitCode: 'community-nanchizi', streetUnitCode: 'street-donghua' };

describe("who acts for a community's deliberation", () => {
  it("is its residents' committee, its street's liaison and the district admin", () => {
    expect(actsForCommunity(user(['unit-staff'], ['community-nanchizi']), nanchizi)).toBe(true);
    expect(actsForCommunity(user(['unit-manager'], ['community-nanchizi']), nanchizi)).toBe(true);
    expect(actsForCommunity(user(['liaison'], ['street-donghua']), nanchizi)).toBe(true);
    expect(actsForCommunity(user(['district-admin']), nanchizi)).toBe(true);
  });

  it("is not a street's own staff, another street's liaison, a department, nor a supervisor (who reads)", () => {
    expect(actsForCommunity(user(['unit-staff'], ['street-donghua']), nanchizi)).toBe(false);
    expect(actsForCommunity(user(['liaison'], ['street-jingshan']), nanchizi)).toBe(false);
    expect(actsForCommunity(user(['unit-staff'], ['housing-bureau']), nanchizi)).toBe(false);
    expect(actsForCommunity(user(['supervisor']), nanchizi)).toBe(false);
    expect(readsCommunity(user(['supervisor']), nanchizi)).toBe(true);
    expect(readsCommunity(user(['unit-staff'], ['housing-bureau']), nanchizi)).toBe(false);
  });

  it('keeps residents, agents and deputies out of the working lists (residents read the public decisions)', () => {
    for (const role of ['resident', 'agent', 'deputy']) expect(() => assertDeliberationReader(user([role]), 'listing')).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => assertDeliberationReader(user(['supervisor']), 'listing')).not.toThrow();
  });

  it('refuses those who act for no community before reading their input (403, not 400)', () => {
    for (const role of ['resident', 'supervisor', 'dispatcher']) expect(() => assertDeliberationActor(user([role]), 'collecting')).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => assertDeliberationActor(user(['unit-staff'], ['housing-bureau']), 'collecting')).not.toThrow();
  });
});
