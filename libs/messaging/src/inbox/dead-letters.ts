import type { EventEnvelope } from '@civicloop/contracts';
import { runInContext, systemContext, type TenantTransactions } from '@civicloop/persistence';

/** Where an event goes when its last delivery failed: recorded for an operator, never dropped silently. */
export interface DeadLetterSink {
  record(consumer: string, event: EventEnvelope, error: unknown, deliveries: number): Promise<void>;
}

export class DeadLetterTable implements DeadLetterSink {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly schema: string,
  ) {}

  async record(consumer: string, event: EventEnvelope, error: unknown, deliveries: number): Promise<void> {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await runInContext(systemContext(event.tenantId), () =>
      this.transactions.run((manager) =>
        manager.query(
          `insert into "${this.schema}".dead_letters (consumer, event_id, tenant_id, event_type, envelope, error, deliveries)
           values ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
          [consumer, event.eventId, event.tenantId, event.type, JSON.stringify(event), message.slice(0, 2000), deliveries],
        ),
      ),
    );
  }
}
