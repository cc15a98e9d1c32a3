import type { EntityManager } from 'typeorm';
import { subjectOf, type EventEnvelope } from '@civicloop/contracts';

/** A data-modifying statement of the caller's (e.g. an insert), run in the same statement as the outbox rows. */
export interface CompanionWrite {
  sql: string;
  values: unknown[];
}

/** The districts each transaction (by query runner) appended outbox rows for: only their commits need to wake the relay. */
const outboxDistricts = new WeakMap<object, Set<string>>();

/** The districts this manager's transaction has appended outbox rows for (none: nothing to publish). */
export function outboxRowsWrittenFor(manager: EntityManager): string[] {
  return [...(outboxDistricts.get(manager.queryRunner ?? manager) ?? [])];
}

/** Writes events in the caller's transaction, so a state change and its announcement commit together. */
export class OutboxWriter {
  constructor(private readonly schema: string) {}

  /** With a companion write, both go in one statement (a data-modifying WITH): one round trip instead of two. */
  async append(manager: EntityManager, events: EventEnvelope[], companion?: CompanionWrite): Promise<void> {
    if (events.length === 0) {
      if (companion) await manager.query(companion.sql, companion.values);
      return;
    }
    const values: unknown[] = [...(companion?.values ?? [])];
    const rows = events.map((event) => {
      const p = values.push(event.eventId, event.tenantId, subjectOf(event), event.type, JSON.stringify(event)) - 5;
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}::jsonb)`;
    });
    const insert = `insert into "${this.schema}".outbox (event_id, tenant_id, subject, event_type, envelope) values ${rows.join(', ')}`;
    await manager.query(companion ? `with companion as (${companion.sql}) ${insert}` : insert, values);
    const transaction = manager.queryRunner ?? manager;
    const districts = outboxDistricts.get(transaction) ?? new Set<string>();
    for (const event of events) districts.add(event.tenantId);
    outboxDistricts.set(transaction, districts);
  }
}
