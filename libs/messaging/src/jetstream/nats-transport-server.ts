import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import { nanos, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { subjectFilterFor, type CommandMessage, type EventEnvelope } from '@civicloop/contracts';
import type { TenantTransactions } from '@civicloop/persistence';
import { messageMetrics, sampleConsumerLag } from '@civicloop/telemetry';
import type { DeadLetterSink } from '../inbox/dead-letters';
import { faultPoint } from '../fault-point';
import { EventBatches } from '../transport/event-batches';
import { splitHandlers } from '../transport/handler-invocation';
import { handleCommand, handleEvent } from '../transport/message-handling';
import { DEFAULT_REDELIVERY, type RedeliveryPolicy } from '../transport/redelivery-policy';
import { handledInOneTransaction } from '../transport/batch-transaction';
import { DEFAULT_CONSUMER_SLOTS } from '../service/distributed-config';
import { CIVIC_STREAM, isNotFound } from './civic-stream';

export interface NatsTransportOptions {
  serviceName: string;
  connection: NatsConnection;
  /** Batches of events handled at once per process; JetStream spreads the rest over replicas. */
  concurrency?: number;
  /** The most events of one district handled in one transaction. */
  batchSize?: number;
  ackWaitMs?: number;
  redelivery?: RedeliveryPolicy;
  log: (message: string, error?: unknown) => void;
}

/** A pulled event and the message to settle it with. */
interface Delivery {
  msg: JsMsg;
  event: EventEnvelope;
}

/**
 * Our Nest transport for a service on NATS: @MessagePattern handlers answer core NATS requests in a
 * queue group; @EventPattern handlers share one durable pull consumer per service, acked only after
 * the handler committed, nak'ed with backoff on failure, dead-lettered on the last delivery.
 * Events that wait while every slot is busy are handled in batches per district, in one
 * transaction (docs/adr/0023); a batch that fails is handled again event by event.
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
  private transactions: TenantTransactions | null = null;
  private readonly redelivery: RedeliveryPolicy;
  private readonly slots: number;
  private readonly waiting: EventBatches<Delivery>;

  constructor(private readonly options: NatsTransportOptions) {
    super();
    this.redelivery = options.redelivery ?? DEFAULT_REDELIVERY;
    this.slots = options.concurrency ?? DEFAULT_CONSUMER_SLOTS;
    this.waiting = new EventBatches<Delivery>(options.batchSize ?? 32, ({ event }) => event.tenantId);
  }

  useDeadLetters(sink: DeadLetterSink): void {
    this.deadLetters = sink;
  }

  /** The service's transactions, which a batch of events joins; without them every event commits alone. */
  useBatchTransactions(transactions: TenantTransactions): void {
    this.transactions = transactions;
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
    // A finishing batch starts the next from what waits, so wait until nothing is left.
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    await Promise.allSettled([...this.commandsInFlight]);
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
    this.messages = await consumer.consume({ max_messages: 2 * (this.options.batchSize ?? 32) });
    this.consuming = this.pump(this.messages, handlers);
  }

  private async pump(messages: ConsumerMessages, handlers: Map<string, MessageHandler>): Promise<void> {
    const maxWaiting = 2 * (this.options.batchSize ?? 32);
    for await (const msg of messages) {
      // Every slot is busy whenever this many wait (a free slot takes what waits at once).
      while (this.waiting.size >= maxWaiting) await Promise.race(this.inFlight);
      let event: EventEnvelope;
      try {
        event = msg.json<EventEnvelope>();
      } catch (error) {
        this.options.log(`an event on ${msg.subject} is not JSON; it stays unacknowledged`, error);
        continue;
      }
      this.waiting.push({ msg, event });
      this.startBatches(handlers);
    }
  }

  private startBatches(handlers: Map<string, MessageHandler>): void {
    while (this.inFlight.size < this.slots && this.waiting.size > 0) {
      const batch = this.waiting.take();
      const work = this.settleBatch(batch, handlers)
        .catch((error) => this.options.log(`could not settle ${batch.length} event(s) of ${batch[0].event.tenantId}; they stay unacknowledged`, error))
        .finally(() => {
          this.inFlight.delete(work);
          this.startBatches(handlers);
        });
      this.inFlight.add(work);
    }
  }

  /** One transaction for the batch, then an ack each; if any event fails, nothing of it is kept and each is handled on its own. */
  private async settleBatch(batch: Delivery[], handlers: Map<string, MessageHandler>): Promise<void> {
    if (batch.length === 1 || !this.transactions) {
      await Promise.all(batch.map((delivery) => this.settle(delivery, handlers)));
      return;
    }
    const members = batch.map(({ msg, event }) => ({ event, delivery: msg.info.deliveryCount, headers: msg.headers }));
    const handled = await handledInOneTransaction(this.transactions, this.options.serviceName, members, (event) => this.handlerFor(event, handlers));
    if (!handled) {
      await Promise.all(batch.map((delivery) => this.settle(delivery, handlers)));
      return;
    }
    faultPoint('consumer-after-commit');
    for (const { msg } of batch) msg.ack();
  }

  private handlerFor(event: EventEnvelope, handlers: Map<string, MessageHandler>): MessageHandler {
    const handler = handlers.get(event.type);
    if (!handler) throw new Error(`no handler for ${event.type}`);
    return handler;
  }

  private async settle(pulled: Delivery, handlers: Map<string, MessageHandler>): Promise<void> {
    const { msg, event } = pulled;
    const delivery = msg.info.deliveryCount;
    try {
      await handleEvent(this.options.serviceName, this.handlerFor(event, handlers), event, delivery, msg.headers);
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
