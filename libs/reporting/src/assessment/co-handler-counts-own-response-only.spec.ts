import { countMonth } from './count-month';
import { assignment, outcome } from './testing/month-facts.builders';

describe('a co-handler (吹哨报到)', () => {
  const lead = assignment('street-donghua', { requestId: 'r1' });
  const coHandler = assignment('community-nanchizi', { requestId: 'r1', role: 'co-handler', signedAt: '2026-10-14T02:00:00Z' });

  it('counts its own assignment for its own response rate (a late sign-for is its own)', () => {
    const { responses } = countMonth([lead, coHandler], [], []);
    expect(responses).toEqual([
      { unitCode: 'street-donghua', dispatched: 1, signedOnTime: 1, replied: 1 },
      { unitCode: 'community-nanchizi', dispatched: 1, signedOnTime: 0, replied: 1 },
    ]);
  });

  it('has no resolution or satisfaction of its own: the callback counts for the lead on it', () => {
    const { outcomes } = countMonth([lead, coHandler], [outcome('street-donghua', 'r1')], []);
    expect(outcomes.map((tally) => tally.unitCode)).toEqual(['street-donghua']);
  });
});
