import { randomUUID } from 'node:crypto';
import type { Clock } from '@civicloop/clock';
import type { ActorContext, EventEnvelope } from '@civicloop/contracts';

export interface NewEvent<T> {
  type: string;
  aggregateId: string;
  aggregateVersion: number;
  data: T;
  version?: number;
}

export function newEvent<T>(event: NewEvent<T>, context: ActorContext, clock: Clock): EventEnvelope<T> {
  return {
    eventId: randomUUID(),
    tenantId: context.tenantId,
    type: event.type,
    version: event.version ?? 1,
    aggregateId: event.aggregateId,
    aggregateVersion: event.aggregateVersion,
    occurredAt: clock.now().toISOString(),
    actor: { userId: context.userId, roles: [...context.roles] },
    traceparent: context.traceparent,
    data: event.data,
  };
}
