import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@civicloop/contracts';
import { OutboxWriter } from '@civicloop/messaging';
import { RequestHistoryEntry } from './request-history-entry.entity';

/** An event intake itself announces about a request: in its history and its outbox, in the caller's transaction. */
export async function recordOwnEvents(manager: EntityManager, outbox: OutboxWriter, requestId: string, events: EventEnvelope<object>[]): Promise<void> {
  for (const event of events) {
    await manager.insert(RequestHistoryEntry, {
      eventId: event.eventId,
      tenantId: event.tenantId,
      requestId,
      type: event.type,
      occurredAt: new Date(event.occurredAt),
      actorId: event.actor.userId,
      actorRoles: event.actor.roles,
      data: { ...event.data },
    });
  }
  await outbox.append(manager, events);
}
