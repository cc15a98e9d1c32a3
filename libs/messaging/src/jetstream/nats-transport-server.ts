import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import { nanos, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { subjectFilterFor, type CommandMessage, type EventEnvelope } from '@civicloop/contracts';
import type { DeadLetterSink } from '../inbox/dead-letters';
import { faultPoint } from '../fault-point';
import { invokeHandler, splitHandlers } from '../transport/handler-invocation';
import { DEFAULT_REDELIVERY, type RedeliveryPolicy } from '../transport/redelivery-policy';
import { CIVIC_STREAM, isNotFound } from './civic-stream';

export interface NatsTransportOptions {
  serviceName: string;
  connection: NatsConnection;
  /** Events handled at once per process; JetStream spreads the rest over replicas. */
  concurrency?: number;
  ackWaitMs?: number;
  redelivery?: RedeliveryPolicy;
  log: (message: string, error?: unknown) => void;
}

/**
 * Our Nest transport for a service on NATS: @MessagePattern handlers answer core NATS requests in a
 * queue group; @EventPattern handlers share one durable pull consumer per service, acked only after
 * the handler committed, nak'ed with backoff on failure, dead-lettered on the last delivery.
 */
export class NatsTransportServer extends Server implements CustomTransportStrategy {
  private readonly subscriptions: Subscription[] = [];
  private messages: ConsumerMessages | null = null;
  private consuming: Promise<void> | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private deadLetters: DeadLetterSink | null = null;
  private readonly redelivery: RedeliveryPolicy;

  constructor(private readonly options: NatsTransportOptions) {
    super();
    this.redelivery = options.redelivery ?? DEFAULT_REDELIVERY;
  }

  useDeadLetters(sink: DeadLetterSink): void {
    this.deadLetters = sink;
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      const { commands, events } = splitHandlers(this.getHandlers());
      for (const [subject, handler] of commands) this.answer(subject, handler);
      if (events.size > 0) await this.consume(events);
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /** Stops taking work, waits for the events in flight to finish and ack, then returns. */
  async close(): Promise<void> {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.messages?.stop();
    await this.consuming;
    await Promise.allSettled([...this.inFlight]);
  }

  on(): void {
    throw new Error('NatsTransportServer has no status events to listen to');
  }

  unwrap<T>(): T {
    return this.options.connection as T;
  }

  private answer(subject: string, handler: MessageHandler): void {
    const subscription = this.options.connection.subscribe(subject, {
      queue: this.options.serviceName,
      callback: (error, msg) => {
        if (error) return this.options.log(`subscription ${subject} failed`, error);
        void invokeHandler(handler, msg.json<CommandMessage>())
          .then((reply) => msg.respond(JSON.stringify(reply)))
          .catch((failure) => this.options.log(`handler for ${subject} failed`, failure));
      },
    });
    this.subscriptions.push(subscription);
  }

  private async consume(handlers: Map<string, MessageHandler>): Promise<void> {
    if (!this.deadLetters) throw new Error(`${this.options.serviceName}: call useDeadLetters() before listening`);
    const durable = this.options.serviceName;
    const config = {
      ack_policy: AckPolicy.Explicit,
      filter_subjects: [...handlers.keys()].map(subjectFilterFor),
      max_deliver: this.redelivery.maxDeliveries,
      ack_wait: nanos(this.options.ackWaitMs ?? 30_000),
      max_ack_pending: 1_000,
    };
    const jsm = await jetstreamManager(this.options.connection);
    try {
      await jsm.consumers.info(CIVIC_STREAM, durable);
      await jsm.consumers.update(CIVIC_STREAM, durable, config);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await jsm.consumers.add(CIVIC_STREAM, { ...config, durable_name: durable, deliver_policy: DeliverPolicy.All });
    }
    const consumer = await jetstream(this.options.connection).consumers.get(CIVIC_STREAM, durable);
    this.messages = await consumer.consume({ max_messages: 2 * (this.options.concurrency ?? 32) });
    this.consuming = this.pump(this.messages, handlers);
  }

  private async pump(messages: ConsumerMessages, handlers: Map<string, MessageHandler>): Promise<void> {
    const limit = this.options.concurrency ?? 32;
    for await (const msg of messages) {
      while (this.inFlight.size >= limit) await Promise.race(this.inFlight);
      const work = this.settle(msg, handlers).finally(() => this.inFlight.delete(work));
      this.inFlight.add(work);
    }
  }

  private async settle(msg: JsMsg, handlers: Map<string, MessageHandler>): Promise<void> {
    const event = msg.json<EventEnvelope>();
    const handler = handlers.get(event.type);
    try {
      if (!handler) throw new Error(`no handler for ${event.type}`);
      await invokeHandler(handler, event);
      faultPoint('consumer-after-commit');
      msg.ack();
    } catch (error) {
      const delivery = msg.info.deliveryCount;
      if (delivery < this.redelivery.maxDeliveries) {
        msg.nak(this.redelivery.backoffMs(delivery));
        return;
      }
      this.options.log(`${event.type} ${event.eventId} failed on its last delivery; dead-lettered`, error);
      await this.deadLetters!.record(this.options.serviceName, event, error, delivery);
      msg.term('dead-lettered');
    }
  }
}
