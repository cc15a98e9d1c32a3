import { countMonth } from './count-month';
import { assignment, outcome } from './testing/month-facts.builders';

describe('merged duplicates (并单)', () => {
  it('count per resident request: one assignment, and every resident\'s callback for the lead unit', () => {
    const primary = assignment('housing-bureau', { requestId: 'primary' });
    const count = countMonth([primary], [outcome('housing-bureau', 'primary', true, 'satisfied'), outcome('housing-bureau', 'duplicate', true, 'basically-satisfied')], []);
    expect(count.responses).toEqual([{ unitCode: 'housing-bureau', dispatched: 1, signedOnTime: 1, replied: 1 }]);
    expect(count.outcomes).toEqual([{ unitCode: 'housing-bureau', attempt: 1, validCallbacks: 2, solved: 2, satisfied: 1, basicallySatisfied: 1 }]);
  });
});
