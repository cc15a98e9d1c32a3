import { countMonth } from './count-month';
import { assignment, exclusion, outcome } from './testing/month-facts.builders';

describe('an accepted appeal (考核申诉)', () => {
  const late = assignment('traffic-police', { requestId: 'r1', signedAt: '2026-10-14T02:00:00Z' });
  const coHandler = assignment('community-nanchizi', { requestId: 'r1', role: 'co-handler', signedAt: '2026-10-14T02:00:00Z' });
  const accepted = exclusion('appeal-accepted', 'r1', { assignmentId: late.assignmentId, unitCode: 'traffic-police', reason: '派单地址有误', note: '情况属实' });

  it('takes the order out of all three rates of the appealing unit', () => {
    const count = countMonth([late], [outcome('traffic-police', 'r1', true, 'not-satisfied')], [accepted]);
    expect(count.responses).toEqual([]);
    expect(count.outcomes).toEqual([]);
  });

  it('keeps the reason and the supervisor\'s note in the list of exclusions', () => {
    const { excluded } = countMonth([late], [outcome('traffic-police', 'r1')], [accepted]);
    expect(excluded).toEqual([expect.objectContaining({ kind: 'appeal-accepted', unitCode: 'traffic-police', reason: '派单地址有误', note: '情况属实', response: true, callback: true })]);
  });

  it('spares only the appealing unit: another unit on the same order still counts', () => {
    const count = countMonth([late, coHandler], [], [accepted]);
    expect(count.responses).toEqual([{ unitCode: 'community-nanchizi', dispatched: 1, signedOnTime: 0, replied: 1 }]);
  });

  it('leaves the callback counted when another unit is the one charged with it', () => {
    const count = countMonth([], [outcome('street-donghua', 'r1')], [accepted]);
    expect(count.outcomes).toHaveLength(1);
  });
});
