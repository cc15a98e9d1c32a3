import { canApply, type RequestAction, type RequestStatus } from '@civicloop/request-lifecycle';

/** Out of the loop (triaged) or following a primary (merged): later steps of other services do not move them. */
const LEFT_THE_LOOP: readonly RequestStatus[] = ['triaged', 'merged'];

/**
 * What an event of another service does to a request: moves it on, is history only (no step,
 * a superseded attempt, or a step that no longer applies to a triaged or merged request), or
 * arrived before the event it follows (the transport retries it).
 */
export function progressOutcome(status: RequestStatus, action: RequestAction | null, stale: boolean): 'apply' | 'history-only' | 'too-early' {
  if (action === null || stale) return 'history-only';
  if (canApply(status, action)) return 'apply';
  return LEFT_THE_LOOP.includes(status) ? 'history-only' : 'too-early';
}
