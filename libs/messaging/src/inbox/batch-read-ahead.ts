import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@civicloop/contracts';
import { eventBatchOf } from './event-batch';

/** Loads, locked for the transaction, the rows of one district with these keys (a key without a row is left out). */
export type LockedRowsLoader<Row> = (manager: EntityManager, tenantId: string, keys: string[]) => Promise<Map<string, Row>>;

/**
 * The row an event's handler locks and changes, read for a whole consumer batch at once: the first
 * event of a batch to ask locks the rows of every event of its district in the batch, in one
 * statement; the others take theirs from that read. Outside a batch it reads the event's own row.
 *
 * The rows are the batch transaction's: a handler changes the row object it was given as it writes
 * the row, and hands a row it inserts to `remember`, so a later event of the batch sees them so.
 * A handler that writes these rows by other means calls `discard`.
 */
export class BatchReadAhead<Row> {
  constructor(
    private readonly name: string,
    private readonly keyOf: (event: EventEnvelope) => string | undefined,
    private readonly load: LockedRowsLoader<Row>,
  ) {}

  async rowFor(manager: EntityManager, event: EventEnvelope): Promise<Row | undefined> {
    const key = this.required(event);
    const batch = eventBatchOf(event);
    if (!batch) return (await this.load(manager, event.tenantId, [key])).get(key);
    let rows = batch.readAhead.get(this.name) as Map<string, Row> | undefined;
    if (!rows) {
      const keys = batch.events.filter((member) => member.tenantId === event.tenantId).map(this.keyOf);
      rows = await this.load(manager, event.tenantId, [...new Set(keys.filter((k): k is string => k !== undefined))]);
      batch.readAhead.set(this.name, rows);
    }
    return rows.get(key);
  }

  /** A row the handler of `event` inserted: later events of its batch find it. */
  remember(event: EventEnvelope, row: Row): void {
    eventBatchOf(event)?.readAhead.get(this.name)?.set(this.required(event), row);
  }

  /** The batch's rows were written by other means: the next event of the batch reads them afresh. */
  discard(event: EventEnvelope): void {
    eventBatchOf(event)?.readAhead.delete(this.name);
  }

  private required(event: EventEnvelope): string {
    const key = this.keyOf(event);
    if (key === undefined) throw new Error(`${this.name}: ${event.type} ${event.eventId} names no row`);
    return key;
  }
}
