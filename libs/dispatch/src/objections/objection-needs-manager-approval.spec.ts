import { nextStatus } from '@civicloop/request-lifecycle';
import { objectionRoute } from './objection-rules';

describe("an objection leaves the unit only after its manager approves, when the district turns that step on", () => {
  it('waits for the manager (objection-pending) when the district requires approval', () => {
    const route = objectionRoute(true);
    expect(route).toEqual({ action: 'object-for-approval', state: 'awaiting-manager' });
    expect(nextStatus('dispatched', route.action)).toBe('objection-pending');
  });

  it('goes straight to the review queue when it does not', () => {
    const route = objectionRoute(false);
    expect(route).toEqual({ action: 'object', state: 'in-review' });
    expect(nextStatus('dispatched', route.action)).toBe('objected');
  });

  it('goes on to review when the manager approves, and back to the unit when the manager refuses', () => {
    expect(nextStatus('objection-pending', 'approve-objection')).toBe('objected');
    expect(nextStatus('objection-pending', 'refuse-objection')).toBe('dispatched');
  });
});
