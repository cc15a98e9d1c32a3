import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventEnvelope } from '@civicloop/contracts';

/** The events a consumer handles in one transaction, and what each inbox claimed of them. */
interface EventBatch {
  events: readonly EventEnvelope[];
  /** Per inbox: the batch's events it claimed and has not yet handed out. */
  unclaimedFresh: Map<string, Set<string>>;
  /** Per read-ahead (by name): the rows it loaded for the batch, as the batch's transaction has left them. */
  readAhead: Map<string, Map<string, unknown>>;
  /** Per write-behind (by name): the writes its handlers left for the end of the batch. */
  writeBehind: Map<string, unknown>;
  /** Run in order once every handler is done, still inside the batch's transaction. */
  beforeCommit: Array<() => Promise<void>>;
}

const storage = new AsyncLocalStorage<EventBatch>();

/** Runs `work` (the batch's handlers, in one transaction) with the batch known to the inboxes, then the writes they left for its end. */
export function runEventBatch<T>(events: readonly EventEnvelope[], work: () => Promise<T>): Promise<T> {
  const batch: EventBatch = { events, unclaimedFresh: new Map(), readAhead: new Map(), writeBehind: new Map(), beforeCommit: [] };
  return storage.run(batch, async () => {
    const result = await work();
    for (const write of batch.beforeCommit) await write();
    return result;
  });
}

/** The batch `event` is being handled in, if any. */
export function eventBatchOf(event: EventEnvelope): EventBatch | undefined {
  const batch = storage.getStore();
  return batch?.events.some((member) => member.eventId === event.eventId) ? batch : undefined;
}
