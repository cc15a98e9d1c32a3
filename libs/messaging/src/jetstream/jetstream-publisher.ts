import { headers as natsHeaders } from '@nats-io/transport-node';
import type { JetStreamClient } from '@nats-io/jetstream';
import { subjectOf, type EventEnvelope } from '@civicloop/contracts';
import type { EventPublisher } from '../event-publisher';

/**
 * Publishes outbox rows to JetStream, pipelined, and resolves when the server acknowledged each
 * (stored and, with sync_interval: always, on disk). The event id is the Nats-Msg-Id, so a row
 * published twice is stored once within the duplicate window.
 */
export class JetStreamPublisher implements EventPublisher {
  constructor(private readonly js: JetStreamClient) {}

  async publish(events: EventEnvelope[]): Promise<void> {
    await Promise.all(
      events.map((event) => {
        const headers = natsHeaders();
        if (event.traceparent) headers.set('traceparent', event.traceparent);
        headers.set('Civic-Event-Type', event.type);
        return this.js.publish(subjectOf(event), JSON.stringify(event), { msgID: event.eventId, headers });
      }),
    );
  }
}
