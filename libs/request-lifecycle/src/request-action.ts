/**
 * What can be done to a request. `object` is a unit's objection to the order (派单异议); the
 * dispatcher then upholds it (the order goes back to the queue) or rejects it (back to the unit).
 * Callbacks (回访) are recorded by outcome: not reached, solved, or not solved (reopened, 重办).
 */
export const REQUEST_ACTIONS = [
  'queue',
  'dispatch',
  'sign',
  'object',
  'uphold-objection',
  'reject-objection',
  'reply',
  'record-unreached-callback',
  'record-solved-callback',
  'record-unsolved-callback',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export function isRequestAction(value: unknown): value is RequestAction {
  return typeof value === 'string' && (REQUEST_ACTIONS as readonly string[]).includes(value);
}
