import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@civicloop/contracts';
import { runInContext, systemContext, type TenantTransactions } from '@civicloop/persistence';
import { outboxRowsWrittenFor } from '../outbox/outbox-writer';
import { eventBatchOf } from './event-batch';

/**
 * Applies an event at most once per consumer: the inbox row and the change commit together, and
 * a redelivered event finds its row and is skipped. At-least-once delivery, exactly-once effect.
 */
export class EventInbox {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly schema: string,
    private readonly consumer: string,
    private readonly afterCommit: (tenantIds: string[]) => void = () => undefined,
  ) {}

  async handleOnce(event: EventEnvelope, apply: (manager: EntityManager) => Promise<void>): Promise<boolean> {
    let announced: string[] = [];
    const applied = await runInContext(systemContext(event.tenantId, event.traceparent), () =>
      this.transactions.run(async (manager) => {
        if (!(await this.claim(manager, event))) return false;
        await apply(manager);
        announced = outboxRowsWrittenFor(manager);
        return true;
      }),
    );
    // Only a commit that wrote outbox rows wakes the relay, for its district (a batch's, once it commits).
    if (announced.length > 0) this.transactions.afterCommit(() => this.afterCommit(announced));
    return applied;
  }

  /**
   * Inserts the event's inbox row; false if it was there (handled before). In a batch the first
   * event claims the rows of the whole batch in one statement, and each event then takes its own
   * (a duplicate in the batch finds it taken).
   */
  private async claim(manager: EntityManager, event: EventEnvelope): Promise<boolean> {
    const batch = eventBatchOf(event);
    if (!batch) return (await this.insertRows(manager, [event])).has(event.eventId.toLowerCase());
    let fresh = batch.unclaimedFresh.get(this.consumer);
    if (!fresh) {
      fresh = await this.insertRows(manager, batch.events.filter((member) => member.tenantId === event.tenantId));
      batch.unclaimedFresh.set(this.consumer, fresh);
    }
    return fresh.delete(event.eventId.toLowerCase());
  }

  /** The ids (as PostgreSQL writes a uuid: lower case) of those events whose inbox rows were new. */
  private async insertRows(manager: EntityManager, events: readonly EventEnvelope[]): Promise<Set<string>> {
    const inserted: Array<{ event_id: string }> = await manager.query(
      `insert into "${this.schema}".inbox (consumer, event_id, tenant_id, event_type)
       select $1, event_id, $2, event_type from unnest($3::uuid[], $4::text[]) as claimed(event_id, event_type)
       on conflict do nothing returning event_id`,
      [this.consumer, events[0].tenantId, events.map((member) => member.eventId), events.map((member) => member.type)],
    );
    return new Set(inserted.map((row) => row.event_id));
  }
}
