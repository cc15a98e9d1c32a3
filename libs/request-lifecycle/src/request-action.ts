/**
 * What can be done to a request. `object` is a unit's objection to the order (派单异议) going
 * straight to review; `object-for-approval` waits for the unit's manager first (when the district
 * turns that step on), who approves it on to review or refuses it. The dispatcher (or, after two
 * objections, the supervisor) then upholds it (the order goes back to the queue) or rejects it
 * (back to the unit). `expire`: the feedback deadline passed without a reply.
 * Callbacks (回访) are recorded by outcome: not reached, solved, or not solved (reopened, 重办);
 * `close-unreached`: the last allowed call did not reach the resident, so the loop closes without a valid callback.
 * `redispatch`: a dispatcher moves an order no unit has signed for yet to another unit (改派), with a reason.
 */
export const REQUEST_ACTIONS = [
  'queue',
  'dispatch',
  'redispatch',
  'triage',
  'merge',
  'sign',
  'object',
  'object-for-approval',
  'approve-objection',
  'refuse-objection',
  'uphold-objection',
  'reject-objection',
  'reply',
  'expire',
  'record-unreached-callback',
  'record-solved-callback',
  'record-unsolved-callback',
  'close-unreached',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export function isRequestAction(value: unknown): value is RequestAction {
  return typeof value === 'string' && (REQUEST_ACTIONS as readonly string[]).includes(value);
}
