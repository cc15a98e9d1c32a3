import { legsForLetter, oneMonthAfter, relayDueAfter } from './reply-chain';

describe('the reply chain: department → liaison in 1 week, formal reply to the deputy in 1 month, then relayed to the resident', () => {
  const sentAt = new Date('2027-01-28T02:00:00Z');

  it('opens the first two legs with natural-time deadlines and keeps the relay waiting', () => {
    expect(legsForLetter(sentAt).map((leg) => ({ ...leg, dueAt: leg.dueAt?.toISOString() ?? null }))).toEqual([
      { leg: 'department-to-liaison', state: 'open', dueAt: '2027-02-04T02:00:00.000Z' },
      { leg: 'reply-to-deputy', state: 'open', dueAt: '2027-02-28T02:00:00.000Z' },
      { leg: 'relay-to-resident', state: 'waiting', dueAt: null },
    ]);
  });

  it('counts a month by the calendar, ending on a shorter month’s last day', () => {
    expect(oneMonthAfter(new Date('2027-01-31T02:00:00Z')).toISOString()).toBe('2027-02-28T02:00:00.000Z');
    expect(oneMonthAfter(new Date('2026-12-31T02:00:00Z')).toISOString()).toBe('2027-01-31T02:00:00.000Z');
  });

  it('gives the relay a week from the formal reply', () => {
    expect(relayDueAfter(new Date('2027-02-10T08:00:00Z')).toISOString()).toBe('2027-02-17T08:00:00.000Z');
  });
});
