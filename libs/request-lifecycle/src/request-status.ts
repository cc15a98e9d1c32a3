/**
 * Where a request (工单) stands in its closed loop. A request that is answered at once, merged or
 * referred elsewhere leaves the loop through intake and never reaches this machine.
 */
export const REQUEST_STATUSES = ['registered', 'queued', 'dispatched', 'objected', 'signed', 'replied', 'closed', 'reopened'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** For statuses read back from storage or a message, where the type system cannot vouch for them. */
export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);
}
