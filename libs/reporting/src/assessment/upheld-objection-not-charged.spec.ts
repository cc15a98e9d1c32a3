import { countMonth } from './count-month';
import { assignment, exclusion } from './testing/month-facts.builders';

describe('an upheld objection (派单异议成立)', () => {
  const withdrawn = assignment('city-management', { requestId: 'r1', signedAt: null });
  const redispatched = assignment('street-jingshan', { requestId: 'r1' });
  const upheld = exclusion('objection-upheld', 'r1', { assignmentId: withdrawn.assignmentId, unitCode: 'city-management', reason: '属地街道负责' });

  it('takes the withdrawn assignment out of the objecting unit\'s dispatched and signed on time', () => {
    const { responses } = countMonth([withdrawn, redispatched], [], [upheld]);
    expect(responses).toEqual([{ unitCode: 'street-jingshan', dispatched: 1, signedOnTime: 1, replied: 1 }]);
  });

  it('leaves the objecting unit\'s other assignments counted', () => {
    const other = assignment('city-management', { requestId: 'r2', signedAt: null });
    const { responses } = countMonth([withdrawn, other], [], [upheld]);
    expect(responses).toEqual([{ unitCode: 'city-management', dispatched: 1, signedOnTime: 0, replied: 1 }]);
  });

  it('is listed with the reviewer\'s reason as taken out of the response rate only', () => {
    const { excluded } = countMonth([withdrawn, redispatched], [], [upheld]);
    expect(excluded).toEqual([expect.objectContaining({ kind: 'objection-upheld', unitCode: 'city-management', reason: '属地街道负责', response: true, callback: false })]);
  });
});
