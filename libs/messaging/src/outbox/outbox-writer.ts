import type { EntityManager } from 'typeorm';
import { subjectOf, type EventEnvelope } from '@civicloop/contracts';
import { combinedStatement, type SqlStatement } from '@civicloop/persistence';

/** The districts each transaction (by query runner) appended outbox rows for: only their commits need to wake the relay. */
const outboxDistricts = new WeakMap<object, Set<string>>();

/** The districts this manager's transaction has appended outbox rows for (none: nothing to publish). */
export function outboxRowsWrittenFor(manager: EntityManager): string[] {
  return [...(outboxDistricts.get(manager.queryRunner ?? manager) ?? [])];
}

/** Writes events in the caller's transaction, so a state change and its announcement commit together. */
export class OutboxWriter {
  constructor(private readonly schema: string) {}

  /** With companion writes of the caller's, all go in one statement (combinedStatement): one round trip. */
  async append(manager: EntityManager, events: EventEnvelope[], ...companions: SqlStatement[]): Promise<void> {
    if (events.length === 0) {
      if (companions.length > 0) {
        const { sql, values } = combinedStatement(companions);
        await manager.query(sql, values);
      }
      return;
    }
    const values: unknown[] = [];
    const rows = events.map((event) => {
      const p = values.push(event.eventId, event.tenantId, subjectOf(event), event.type, JSON.stringify(event)) - 5;
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}::jsonb)`;
    });
    const insert = { sql: `insert into "${this.schema}".outbox (event_id, tenant_id, subject, event_type, envelope) values ${rows.join(', ')}`, values };
    const statement = combinedStatement([...companions, insert]);
    await manager.query(statement.sql, statement.values);
    const transaction = manager.queryRunner ?? manager;
    const districts = outboxDistricts.get(transaction) ?? new Set<string>();
    for (const event of events) districts.add(event.tenantId);
    outboxDistricts.set(transaction, districts);
  }
}
