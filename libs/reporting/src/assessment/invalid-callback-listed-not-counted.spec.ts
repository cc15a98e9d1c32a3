import { countMonth } from './count-month';
import { lastValidCallbacks } from './last-valid-callback';
import { exclusion } from './testing/month-facts.builders';

describe('an invalid callback (resident not reached in three calls)', () => {
  it('never counts for resolution or satisfaction', () => {
    const unreached = [1, 2, 3].map((call) => ({
      callbackId: `c${call}`,
      requestId: 'r1',
      unitCode: 'city-management',
      attempt: 1,
      valid: false,
      solved: null,
      satisfaction: null,
      recordedAt: `2026-10-1${call}T02:00:00Z`,
    }));
    expect(lastValidCallbacks(unreached)).toEqual([]);
  });

  it('is listed as an exclusion of the unit\'s callback, so the report says why the request is missing', () => {
    const invalid = exclusion('invalid-callback', 'r1', { unitCode: 'city-management', reason: 'not reached in 3 calls' });
    expect(countMonth([], [], [invalid]).excluded).toEqual([expect.objectContaining({ kind: 'invalid-callback', unitCode: 'city-management', response: false, callback: true })]);
  });
});
