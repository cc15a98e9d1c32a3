import type { MessageHandler } from '@nestjs/microservices';
import type { JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { EventEnvelope } from '@civicloop/contracts';
import { NatsTransportServer } from './nats-transport-server';

const event: EventEnvelope = {
  eventId: '00000000-0000-4000-8000-000000000001',
  tenantId: 'demo',
  type: 'request.registered',
  version: 1,
  aggregateId: 'r-1',
  aggregateVersion: 1,
  occurredAt: '2026-11-23T00:00:00Z',
  actor: { userId: 'u', roles: [] },
  data: {},
};

function delivery(count: number) {
  const settled: string[] = [];
  const msg = {
    info: { deliveryCount: count },
    headers: undefined,
    json: () => event,
    ack: () => settled.push('ack'),
    nak: (delay?: number) => settled.push(`nak ${delay}`),
    term: () => settled.push('term'),
  } as unknown as JsMsg;
  return { msg, settled };
}

const failing = (async () => {
  throw new Error('handler failed');
}) as unknown as MessageHandler;

function serverWith(record: () => Promise<void>) {
  const server = new NatsTransportServer({
    serviceName: 'dispatch',
    connection: {} as NatsConnection,
    log: () => undefined,
    redelivery: { maxDeliveries: 3, backoffMs: (n) => n * 100 },
  });
  server.useDeadLetters({ record });
  type Settle = (pulled: { msg: JsMsg; event: EventEnvelope }, handlers: Map<string, MessageHandler>) => Promise<void>;
  const settle = (msg: JsMsg) => (server as unknown as { settle: Settle }).settle({ msg, event }, new Map([[event.type, failing]]));
  return settle;
}

describe('settling a failed event', () => {
  it('asks for redelivery with backoff before the last delivery', async () => {
    const { msg, settled } = delivery(2);
    await serverWith(async () => undefined)(msg);
    expect(settled).toEqual(['nak 200']);
  });

  it('dead-letters on the last delivery, and only then terminates the message', async () => {
    const recorded: string[] = [];
    const { msg, settled } = delivery(3);
    await serverWith(async () => void recorded.push('recorded'))(msg);
    expect(recorded).toEqual(['recorded']);
    expect(settled).toEqual(['term']);
  });

  it('keeps the message for another delivery when the dead letter cannot be written', async () => {
    const { msg, settled } = delivery(5);
    await serverWith(async () => {
      throw new Error('database down');
    })(msg);
    expect(settled).toEqual(['nak 500']);
  });
});
