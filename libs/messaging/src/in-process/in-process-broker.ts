import type { CommandMessage, CommandReply, EventEnvelope } from '@civicloop/contracts';
import { messageMetrics, sendingSpan } from '@civicloop/telemetry';
import type { CommandClient } from '../commands/command-client';
import type { EventPublisher } from '../event-publisher';
import type { DeadLetterSink } from '../inbox/dead-letters';
import { DEFAULT_REDELIVERY, type RedeliveryPolicy } from '../transport/redelivery-policy';

type CommandHandler = (message: CommandMessage) => Promise<CommandReply>;
interface ConsumerGroup {
  eventTypes: Set<string>;
  handle: (event: EventEnvelope, delivery: number) => Promise<void>;
  /** Events of one district in one transaction; false if it rolled back (then each is delivered on its own). */
  handleBatch?: (events: EventEnvelope[]) => Promise<boolean>;
  deadLetters: DeadLetterSink;
}

/**
 * The broker hop of the embedded mode. It replaces only NATS: events still come from outbox rows
 * and land through inboxes. `publish` resolves after every consumer group has handled (committed)
 * each event, so the relay marks a row published only when nothing can be lost any more.
 */
export class InProcessBroker implements EventPublisher, CommandClient {
  private readonly commands = new Map<string, CommandHandler>();
  private readonly consumers = new Map<string, ConsumerGroup>();

  constructor(
    private readonly redelivery: RedeliveryPolicy = { ...DEFAULT_REDELIVERY, backoffMs: (n) => Math.min(2_000, 50 * 2 ** n) },
  ) {}

  handleCommand(subject: string, handler: CommandHandler): void {
    if (this.commands.has(subject)) throw new Error(`two handlers for ${subject}`);
    this.commands.set(subject, handler);
  }

  addConsumer(name: string, group: ConsumerGroup): void {
    if (this.consumers.has(name)) throw new Error(`consumer ${name} is registered twice`);
    this.consumers.set(name, group);
  }

  removeService(name: string, subjects: Iterable<string>): void {
    this.consumers.delete(name);
    for (const subject of subjects) this.commands.delete(subject);
  }

  async send<T>(subject: string, message: CommandMessage): Promise<CommandReply<T>> {
    const handler = this.commands.get(subject);
    if (!handler) {
      return { ok: false, error: { status: 503, code: 'unavailable', message: `no service answers ${subject} yet; try again shortly` } };
    }
    // A copy through JSON, as a wire would make, so no caller shares objects with a service; the
    // trace travels in the context, as it does beside the NATS headers.
    return sendingSpan(subject, message.context.traceparent, async (trace) => {
      const copy: CommandMessage = JSON.parse(JSON.stringify(message));
      if (trace.traceparent) copy.context.traceparent = trace.traceparent;
      return (await handler(copy)) as CommandReply<T>;
    });
  }

  async publish(events: EventEnvelope[]): Promise<void> {
    const deliveries: Promise<void>[] = [];
    for (const [name, group] of this.consumers) {
      const byDistrict = new Map<string, EventEnvelope[]>();
      for (const event of events) {
        if (!group.eventTypes.has(event.type)) continue;
        const district = byDistrict.get(event.tenantId) ?? [];
        byDistrict.set(event.tenantId, district);
        district.push(JSON.parse(JSON.stringify(event)));
      }
      for (const district of byDistrict.values()) deliveries.push(this.deliverAll(name, group, district));
    }
    await Promise.all(deliveries);
  }

  /** The relay's rows of one district for one consumer: in one transaction when it can (as JetStream batches do), else each alone. */
  private async deliverAll(name: string, group: ConsumerGroup, events: EventEnvelope[]): Promise<void> {
    if (events.length > 1 && group.handleBatch && (await group.handleBatch(events))) return;
    await Promise.all(events.map((event) => this.deliver(name, group, event)));
  }

  private async deliver(name: string, group: ConsumerGroup, event: EventEnvelope): Promise<void> {
    for (let delivery = 1; ; delivery++) {
      try {
        await group.handle(event, delivery);
        return;
      } catch (error) {
        if (delivery >= this.redelivery.maxDeliveries) {
          await group.deadLetters.record(name, event, error, delivery);
          messageMetrics.deadLettered(name, event.type);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, this.redelivery.backoffMs(delivery)));
      }
    }
  }
}
