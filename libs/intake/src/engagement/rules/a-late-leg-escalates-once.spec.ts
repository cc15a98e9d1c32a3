import { isLate } from './reply-chain';

describe('supervision: an open leg past its deadline escalates to the district office once', () => {
  const dueAt = new Date('2027-02-04T02:00:00Z');
  const after = new Date('2027-02-04T02:00:01Z');

  it('is late from its deadline on', () => {
    expect(isLate({ state: 'open', dueAt, escalatedAt: null }, new Date('2027-02-04T01:59:59Z'))).toBe(false);
    expect(isLate({ state: 'open', dueAt, escalatedAt: null }, dueAt)).toBe(true);
  });

  it('is not escalated twice, nor when answered, nor while waiting', () => {
    expect(isLate({ state: 'open', dueAt, escalatedAt: after }, after)).toBe(false);
    expect(isLate({ state: 'replied', dueAt, escalatedAt: null }, after)).toBe(false);
    expect(isLate({ state: 'waiting', dueAt: null, escalatedAt: null }, after)).toBe(false);
  });
});
