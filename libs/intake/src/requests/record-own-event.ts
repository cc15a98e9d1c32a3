import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@civicloop/contracts';
import { OutboxWriter } from '@civicloop/messaging';

const HISTORY_COLUMNS = ['event_id', 'tenant_id', 'request_id', 'type', 'occurred_at', 'actor_id', 'actor_roles', 'data'];
const HISTORY_CASTS = ['::uuid', '', '::uuid', '', '::timestamptz', '', '::text[]', '::jsonb'];

/**
 * An event intake itself announces about a request: in its history (RequestHistoryEntry) and its
 * outbox, in the caller's transaction, written by one statement.
 */
export async function recordOwnEvents(manager: EntityManager, outbox: OutboxWriter, requestId: string, events: EventEnvelope<object>[]): Promise<void> {
  if (events.length === 0) return;
  const values: unknown[] = [];
  const rows = events.map((event) => {
    const first = values.push(event.eventId, event.tenantId, requestId, event.type, event.occurredAt, event.actor.userId, event.actor.roles, JSON.stringify(event.data)) - HISTORY_COLUMNS.length;
    return `(${HISTORY_CASTS.map((cast, i) => `$${first + i + 1}${cast}`).join(', ')})`;
  });
  await outbox.append(manager, events, { sql: `insert into intake.request_history (${HISTORY_COLUMNS.join(', ')}) values ${rows.join(', ')}`, values });
}
