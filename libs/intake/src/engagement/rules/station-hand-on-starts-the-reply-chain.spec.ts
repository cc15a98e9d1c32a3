import type { ActorContext } from '@civicloop/contracts';
import { assertMayReplyOnStationLeg, legsForHandOn, legsForLetter } from './reply-chain';

const person = (roles: string[], unitCodes: string[] = []): ActorContext => ({ tenantId: 'demo', userId: 'u', roles: roles as ActorContext['roles'], unitCodes });

describe('a station issue handed on (交办) follows the reception’s reply chain', () => {
  const handedOnAt = new Date('2027-01-14T07:00:00Z');

  it('starts the same three legs from the hand-on: a week, a month, the relay waiting', () => {
    expect(legsForHandOn(handedOnAt)).toEqual(legsForLetter(handedOnAt));
    expect(legsForHandOn(handedOnAt).map((leg) => `${leg.leg}:${leg.state}:${leg.dueAt?.toISOString() ?? '-'}`)).toEqual([
      'department-to-liaison:open:2027-01-21T07:00:00.000Z',
      'reply-to-deputy:open:2027-02-14T07:00:00.000Z',
      'relay-to-resident:waiting:-',
    ]);
  });

  it('lets the addressed deputy record the formal reply they received, and nothing else', () => {
    const deputy = person(['deputy']);
    expect(() => assertMayReplyOnStationLeg(deputy, 'reply-to-deputy', 'street-donghua', true)).not.toThrow();
    expect(() => assertMayReplyOnStationLeg(deputy, 'department-to-liaison', 'street-donghua', true)).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => assertMayReplyOnStationLeg(deputy, 'relay-to-resident', 'street-donghua', true)).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => assertMayReplyOnStationLeg(deputy, 'reply-to-deputy', 'street-donghua', false)).toThrow(expect.objectContaining({ status: 403 }));
  });

  it('lets the liaison record every leg and the unit’s staff the first two, as on a reception issue', () => {
    expect(() => assertMayReplyOnStationLeg(person(['liaison'], ['street-donghua']), 'relay-to-resident', 'street-donghua', false)).not.toThrow();
    expect(() => assertMayReplyOnStationLeg(person(['unit-staff'], ['street-donghua']), 'department-to-liaison', 'street-donghua', false)).not.toThrow();
    expect(() => assertMayReplyOnStationLeg(person(['unit-staff'], ['street-donghua']), 'relay-to-resident', 'street-donghua', false)).toThrow(expect.objectContaining({ status: 403 }));
  });
});
