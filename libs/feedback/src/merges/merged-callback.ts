import type { RequestStatus } from '@civicloop/request-lifecycle';

/** A primary whose handling has reached its resident's callback covers its merged duplicates too. */
export function primaryCoversDuplicates(primaryStatus: RequestStatus): boolean {
  return primaryStatus === 'replied' || primaryStatus === 'expired' || primaryStatus === 'closed';
}

export interface MergedCaseState {
  status: RequestStatus;
  primaryRequestId?: string | null;
  callbackDueSince?: Date | null;
}

/**
 * What the primary's reply (or expiry) does to one merged duplicate (并单): the first time, its
 * resident becomes due a callback of their own; while that callback is still open, a later reply
 * of the primary only moves it to the primary's newest unit; once called back (or handled on its
 * own after a reopening) it is left alone, so each resident request counts once.
 */
export function mergedCallbackStep(merged: MergedCaseState | null, primaryRequestId: string): 'open' | 'follow-primary' | 'leave' {
  if (!merged) return 'open';
  const stillWaiting = merged.primaryRequestId === primaryRequestId && merged.callbackDueSince && merged.status === 'replied';
  return stillWaiting ? 'follow-primary' : 'leave';
}
