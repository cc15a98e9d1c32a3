import type { EventEnvelope } from '@civicloop/contracts';

/** Resolves once every event is durably accepted (JetStream) or handled by every consumer (in-process). */
export interface EventPublisher {
  publish(events: EventEnvelope[]): Promise<void>;
}

export const EVENT_PUBLISHER = Symbol('EventPublisher');
