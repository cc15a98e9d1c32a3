import { EventTypes } from '@civicloop/contracts';

/**
 * Events a service announces as the consequence of another in the same instant (closing after the
 * callback; triaging in the registering command; a callback falling due with the reply).
 */
const CONSEQUENCES: ReadonlySet<string> = new Set([
  EventTypes.RequestClosed,
  EventTypes.RequestReopened,
  EventTypes.RequestTriaged,
  EventTypes.RequestMerged,
  EventTypes.CallbackDue,
]);

/** A request's history in time order; where two events share an instant, the cause comes before its consequence. */
export function inHistoryOrder<T extends { occurredAt: Date; type: string }>(entries: T[]): T[] {
  const rank = (entry: T) => (CONSEQUENCES.has(entry.type) ? 1 : 0);
  return [...entries].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || rank(a) - rank(b));
}
