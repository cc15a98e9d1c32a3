import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@civicloop/contracts';
import { eventBatchOf } from './event-batch';

/**
 * Writes of a consumer batch gathered and sent at its end, in one statement, still inside the
 * batch's transaction (so before its commit, and rolled back with it). Only for writes no handler
 * of the batch reads back: a later event sees the rows through a BatchReadAhead, not the table.
 */
export class BatchWriteBehind<Pending> {
  constructor(
    private readonly name: string,
    private readonly start: () => Pending,
    private readonly write: (manager: EntityManager, tenantId: string, pending: Pending) => Promise<void>,
  ) {}

  /** The batch's gathered writes for the handler of `event` to add to; undefined outside a batch (write at once). */
  pendingFor(manager: EntityManager, event: EventEnvelope): Pending | undefined {
    const batch = eventBatchOf(event);
    if (!batch) return undefined;
    let pending = batch.writeBehind.get(this.name) as Pending | undefined;
    if (pending === undefined) {
      const started = this.start();
      pending = started;
      batch.writeBehind.set(this.name, started);
      batch.beforeCommit.push(() => this.write(manager, event.tenantId, started));
    }
    return pending;
  }
}
