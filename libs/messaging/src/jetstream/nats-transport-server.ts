import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import { nanos, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { subjectFilterFor, type CommandMessage, type EventEnvelope } from '@civicloop/contracts';
import { messageMetrics, sampleConsumerLag } from '@civicloop/telemetry';
import type { DeadLetterSink } from '../inbox/dead-letters';
import { faultPoint } from '../fault-point';
import { splitHandlers } from '../transport/handler-invocation';
import { handleCommand, handleEvent } from '../transport/message-handling';
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
  private readonly commandsInFlight = new Set<Promise<void>>();
  private closing: Promise<void> | null = null;
  private stopLagSampling: () => void = () => undefined;
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

  /**
   * Stops taking work and waits for what was taken: commands already received are answered,
   * events already pulled are handled and acked (or nak'ed). Nest calls it again on app.close().
   */
  close(): Promise<void> {
    this.closing ??= this.drain();
    return this.closing;
  }

  private async drain(): Promise<void> {
    await Promise.allSettled(this.subscriptions.map((subscription) => subscription.drain()));
    // stop() ends the iteration after the messages already buffered, which the pump still handles.
    this.messages?.stop();
    await this.consuming;
    await Promise.allSettled([...this.inFlight, ...this.commandsInFlight]);
    this.stopLagSampling();
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
        const work = this.serve(subject, handler, msg).finally(() => this.commandsInFlight.delete(work));
        this.commandsInFlight.add(work);
      },
    });
    this.subscriptions.push(subscription);
  }

  private async serve(subject: string, handler: MessageHandler, msg: Msg): Promise<void> {
    try {
      const reply = await handleCommand(this.options.serviceName, subject, handler, msg.json<CommandMessage>(), msg.headers);
      msg.respond(JSON.stringify(reply));
    } catch (failure) {
      this.options.log(`handler for ${subject} failed`, failure);
    }
  }

  private async consume(handlers: Map<string, MessageHandler>): Promise<void> {
    if (!this.deadLetters) throw new Error(`${this.options.serviceName}: call useDeadLetters() before listening`);
    const durable = this.options.serviceName;
    const config = {
      ack_policy: AckPolicy.Explicit,
      filter_subjects: [...handlers.keys()].map(subjectFilterFor),
      // Unlimited on the server: our policy dead-letters after maxDeliveries, and only once the dead
      // letter is recorded is the message terminated, so a failed record is retried, never dropped.
      max_deliver: -1,
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
    this.stopLagSampling = sampleConsumerLag(durable, async () => {
      const info = await consumer.info();
      return info.num_pending + info.num_ack_pending;
    });
    this.messages = await consumer.consume({ max_messages: 2 * (this.options.concurrency ?? 32) });
    this.consuming = this.pump(this.messages, handlers);
  }

  private async pump(messages: ConsumerMessages, handlers: Map<string, MessageHandler>): Promise<void> {
    const limit = this.options.concurrency ?? 32;
    for await (const msg of messages) {
      while (this.inFlight.size >= limit) await Promise.race(this.inFlight);
      const work = this.settle(msg, handlers)
        .catch((error) => this.options.log(`could not settle an event on ${msg.subject}; it stays unacknowledged`, error))
        .finally(() => this.inFlight.delete(work));
      this.inFlight.add(work);
    }
  }

  private async settle(msg: JsMsg, handlers: Map<string, MessageHandler>): Promise<void> {
    const event = msg.json<EventEnvelope>();
    const handler = handlers.get(event.type);
    const delivery = msg.info.deliveryCount;
    try {
      if (!handler) throw new Error(`no handler for ${event.type}`);
      await handleEvent(this.options.serviceName, handler, event, delivery, msg.headers);
      faultPoint('consumer-after-commit');
      msg.ack();
    } catch (error) {
      if (delivery < this.redelivery.maxDeliveries) {
        msg.nak(this.redelivery.backoffMs(delivery));
        return;
      }
      try {
        await this.deadLetters!.record(this.options.serviceName, event, error, delivery);
      } catch (recordFailure) {
        this.options.log(`${event.type} ${event.eventId} could not be dead-lettered; redelivering`, recordFailure);
        msg.nak(this.redelivery.backoffMs(delivery));
        return;
      }
      this.options.log(`${event.type} ${event.eventId} failed on its last delivery; dead-lettered`, error);
      messageMetrics.deadLettered(this.options.serviceName, event.type);
      msg.term('dead-lettered');
    }
  }
}
