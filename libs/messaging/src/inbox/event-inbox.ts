import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@civicloop/contracts';
import { runInContext, systemContext, type TenantTransactions } from '@civicloop/persistence';
import { outboxRowsWrittenFor } from '../outbox/outbox-writer';

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
        const inserted: unknown[] = await manager.query(
          `insert into "${this.schema}".inbox (consumer, event_id, tenant_id, event_type) values ($1, $2, $3, $4)
           on conflict do nothing returning event_id`,
          [this.consumer, event.eventId, event.tenantId, event.type],
        );
        if (inserted.length === 0) return false;
        await apply(manager);
        announced = outboxRowsWrittenFor(manager);
        return true;
      }),
    );
    // Only a commit that wrote outbox rows wakes the relay, for its district (a batch's, once it commits).
    if (announced.length > 0) this.transactions.afterCommit(() => this.afterCommit(announced));
    return applied;
  }
}
