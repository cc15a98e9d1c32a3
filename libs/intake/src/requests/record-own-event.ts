import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@civicloop/contracts';
import { OutboxWriter } from '@civicloop/messaging';
import type { SqlStatement } from '@civicloop/persistence';

const HISTORY_COLUMNS = ['event_id', 'tenant_id', 'request_id', 'type', 'occurred_at', 'actor_id', 'actor_roles', 'data'];
const HISTORY_CASTS = ['::uuid', '', '::uuid', '', '::timestamptz', '', '::text[]', '::jsonb'];

/**
 * An event intake itself announces about a request: in its history (RequestHistoryEntry) and its
 * outbox, in the caller's transaction, written by one statement.
 */
export async function recordOwnEvents(
  manager: EntityManager,
  outbox: OutboxWriter,
  requestId: string,
  events: EventEnvelope<object>[],
  /** Writes of the caller's that go first in the same statement (e.g. the request's own insert). */
  ...before: SqlStatement[]
): Promise<void> {
  // Without events there is no history row: only the caller's writes, if any.
  if (events.length === 0) return outbox.append(manager, [], ...before);
  const values = events.flatMap((event) => historyValues(requestId, event));
  const rows = events.map((_, i) => historyPlaceholders(i * HISTORY_COLUMNS.length));
  await outbox.append(manager, events, ...before, { sql: `insert into intake.request_history (${HISTORY_COLUMNS.join(', ')}) values ${rows.join(', ')}`, values });
}

/** One request_history row's values, for the placeholders of historyPlaceholders(). */
function historyValues(requestId: string, event: EventEnvelope<object>): unknown[] {
  return [event.eventId, event.tenantId, requestId, event.type, event.occurredAt, event.actor.userId, event.actor.roles, JSON.stringify(event.data)];
}

/** `($n, …)` for one request_history row whose values start after `offset` parameters. */
function historyPlaceholders(offset: number): string {
  return `(${HISTORY_CASTS.map((cast, i) => `$${offset + i + 1}${cast}`).join(', ')})`;
}

/** The same row as a JSON record, to insert many from one parameter (historyFromJson). */
export function historyRecord(requestId: string, event: EventEnvelope<object>): Record<string, unknown> {
  const [event_id, tenant_id, request_id, type, occurred_at, actor_id, actor_roles] = historyValues(requestId, event);
  return { event_id, tenant_id, request_id, type, occurred_at, actor_id, actor_roles, data: event.data };
}

/** Inserts the request_history rows of a JSON array of historyRecord()s, given as parameter `$n`. */
export function historyFromJson(n: number): string {
  return `insert into intake.request_history (${HISTORY_COLUMNS.join(', ')})
          select ${HISTORY_COLUMNS.join(', ')} from jsonb_to_recordset($${n}::jsonb)
            as h(event_id uuid, tenant_id text, request_id uuid, type text, occurred_at timestamptz, actor_id text, actor_roles text[], data jsonb)`;
}
