import type { ActorContext } from '@civicloop/contracts';
import { assertLegOpen, assertMayReplyOnLeg } from './reply-chain';

const person = (roles: string[], unitCodes: string[] = []): ActorContext => ({ tenantId: 'demo', userId: 'u', roles: roles as ActorContext['roles'], unitCodes });

describe('a leg takes one reply, from the people it is for', () => {
  it('accepts a reply on an open leg', () => {
    expect(() => assertLegOpen('department-to-liaison', 'open')).not.toThrow();
  });

  it('refuses a second reply on a closed leg with 409', () => {
    expect(() => assertLegOpen('reply-to-deputy', 'replied')).toThrow(expect.objectContaining({ status: 409, message: expect.stringContaining('already replied') }));
  });

  it('refuses the relay before the formal reply reached the deputy', () => {
    expect(() => assertLegOpen('relay-to-resident', 'waiting')).toThrow(expect.objectContaining({ status: 409, message: expect.stringContaining('waiting for the formal reply') }));
  });

  it('lets the letter’s department answer the first two legs, the liaison every leg, nobody else', () => {
    expect(() => assertMayReplyOnLeg(person(['unit-staff'], ['traffic-police']), 'department-to-liaison', 'traffic-police')).not.toThrow();
    expect(() => assertMayReplyOnLeg(person(['liaison'], ['street-jingshan']), 'relay-to-resident', 'traffic-police')).not.toThrow();
    expect(() => assertMayReplyOnLeg(person(['unit-staff'], ['traffic-police']), 'relay-to-resident', 'traffic-police')).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => assertMayReplyOnLeg(person(['unit-staff'], ['water-authority']), 'reply-to-deputy', 'traffic-police')).toThrow(expect.objectContaining({ status: 403 }));
  });
});
