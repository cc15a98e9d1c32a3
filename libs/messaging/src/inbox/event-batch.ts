import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventEnvelope } from '@civicloop/contracts';

/** The events a consumer handles in one transaction, and what each inbox claimed of them. */
interface EventBatch {
  events: readonly EventEnvelope[];
  /** Per inbox: the batch's events it claimed and has not yet handed out. */
  unclaimedFresh: Map<string, Set<string>>;
  /** Per read-ahead (by name): the rows it loaded for the batch, as the batch's transaction has left them. */
  readAhead: Map<string, Map<string, unknown>>;
}

const storage = new AsyncLocalStorage<EventBatch>();

/** Runs `work` (the batch's handlers, in one transaction) with the batch known to the inboxes. */
export function runEventBatch<T>(events: readonly EventEnvelope[], work: () => Promise<T>): Promise<T> {
  return storage.run({ events, unclaimedFresh: new Map(), readAhead: new Map() }, work);
}

/** The batch `event` is being handled in, if any. */
export function eventBatchOf(event: EventEnvelope): EventBatch | undefined {
  const batch = storage.getStore();
  return batch?.events.some((member) => member.eventId === event.eventId) ? batch : undefined;
}
