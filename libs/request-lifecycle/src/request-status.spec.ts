import { isRequestAction } from './request-action';
import { isRequestStatus } from './request-status';

describe('reading statuses and actions from outside the type system', () => {
  it('accepts a known status and refuses anything else', () => {
    expect(isRequestStatus('signed')).toBe(true);
    expect(isRequestStatus('in-progress')).toBe(false);
    expect(isRequestStatus(undefined)).toBe(false);
  });

  it('accepts a known action and refuses anything else', () => {
    expect(isRequestAction('uphold-objection')).toBe(true);
    expect(isRequestAction('return')).toBe(false);
    expect(isRequestAction(3)).toBe(false);
  });
});
