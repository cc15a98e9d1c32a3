import type { EntityManager } from 'typeorm';
import { subjectOf, type EventEnvelope } from '@civicloop/contracts';

/** Writes events in the caller's transaction, so a state change and its announcement commit together. */
export class OutboxWriter {
  constructor(private readonly schema: string) {}

  async append(manager: EntityManager, events: EventEnvelope[]): Promise<void> {
    if (events.length === 0) return;
    const values: unknown[] = [];
    const rows = events.map((event, i) => {
      values.push(event.eventId, event.tenantId, subjectOf(event), event.type, JSON.stringify(event));
      const p = i * 5;
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}::jsonb)`;
    });
    await manager.query(
      `insert into "${this.schema}".outbox (event_id, tenant_id, subject, event_type, envelope) values ${rows.join(', ')}`,
      values,
    );
  }
}
