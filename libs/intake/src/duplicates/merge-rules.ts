import { CivicError, ValidationFailed } from '@civicloop/contracts';
import { nextStatus, type RequestStatus } from '@civicloop/request-lifecycle';
import { isOpen } from './duplicate-candidates';

/** The primary no longer takes duplicates: 409 with its state. */
export class PrimaryNotOpen extends CivicError {
  constructor(primaryRequestId: string, state: RequestStatus) {
    super(409, 'conflict', `the primary request is ${state}: only an open request (not closed, triaged or merged) takes duplicates`, {
      primaryRequestId,
      state,
    });
  }
}

/**
 * 并单: a duplicate still waiting for dispatch (registered or queued) joins an open primary of the
 * same district (another district's primary is not found at all), never itself, with a reason.
 * @returns the duplicate's new status.
 */
export function mergedStatus(duplicate: { id: string; status: RequestStatus }, primary: { id: string; status: RequestStatus }, reason: string): RequestStatus {
  if (duplicate.id === primary.id) throw new ValidationFailed([{ field: 'primaryRequestId', reason: 'a request cannot be merged into itself' }]);
  if (reason.trim().length === 0) throw new ValidationFailed([{ field: 'reason', reason: 'say why the requests are the same' }]);
  const next = nextStatus(duplicate.status, 'merge');
  if (!isOpen(primary.status)) throw new PrimaryNotOpen(primary.id, primary.status);
  return next;
}
