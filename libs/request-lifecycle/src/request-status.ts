/**
 * Where a request (工单) stands in its closed loop.
 * - `objection-pending`: a unit objected and its manager must approve before the objection leaves the unit.
 * - `triaged`: left the loop with a triage outcome (answered at once, handed to 110/119/120/122,
 *   referred, out of scope, refused); final, and kept out of unit rates.
 * - `merged`: a duplicate (并单) that follows its primary: the primary's reply covers it, and its
 *   resident still gets the callback.
 * - `expired`: the feedback deadline passed without a reply; the resident is called back anyway (Art. 23).
 */
export const REQUEST_STATUSES = [
  'registered',
  'queued',
  'dispatched',
  'objection-pending',
  'objected',
  'signed',
  'replied',
  'expired',
  'closed',
  'reopened',
  'triaged',
  'merged',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** For statuses read back from storage or a message, where the type system cannot vouch for them. */
export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);
}
