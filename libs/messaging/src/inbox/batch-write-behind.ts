import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@civicloop/contracts';
import { eventBatchOf } from './event-batch';

/**
 * Writes of a consumer batch gathered and sent at its end, in one statement, still inside the
 * batch's transaction (so before its commit, and rolled back with it). Only for writes no handler
 * of the batch reads back: a later event sees the rows through a BatchReadAhead, not the table.
 * Outside a batch the same statement goes at once, with the one event's writes.
 */
export class BatchWriteBehind<Pending> {
  constructor(
    private readonly name: string,
    private readonly start: () => Pending,
    private readonly write: (manager: EntityManager, tenantId: string, pending: Pending) => Promise<void>,
  ) {}

  /** Adds the writes of `event`'s handler: to its batch's, sent at the batch's end, or sent now outside a batch. */
  async record(manager: EntityManager, event: EventEnvelope, add: (pending: Pending) => void): Promise<void> {
    const batch = eventBatchOf(event);
    if (!batch) {
      const pending = this.start();
      add(pending);
      return this.write(manager, event.tenantId, pending);
    }
    let pending = batch.writeBehind.get(this.name) as Pending | undefined;
    if (pending === undefined) {
      const started = this.start();
      batch.writeBehind.set(this.name, started);
      batch.beforeCommit.push(() => this.write(manager, event.tenantId, started));
      pending = started;
    }
    add(pending);
  }
}
