import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import type { CommandMessage, CommandReply, EventEnvelope } from '@civicloop/contracts';
import type { TenantTransactions } from '@civicloop/persistence';
import type { DeadLetterSink } from '../inbox/dead-letters';
import { handledInOneTransaction } from '../transport/batch-transaction';
import { splitHandlers } from '../transport/handler-invocation';
import { handleCommand, handleEvent } from '../transport/message-handling';
import type { InProcessBroker } from './in-process-broker';

/** Serves a service's @MessagePattern and @EventPattern handlers from the in-process broker. */
export class InProcessServer extends Server implements CustomTransportStrategy {
  private deadLetters: DeadLetterSink | null = null;
  private transactions: TenantTransactions | null = null;
  private subjects: string[] = [];

  constructor(
    private readonly serviceName: string,
    private readonly broker: InProcessBroker,
  ) {
    super();
  }

  useDeadLetters(sink: DeadLetterSink): void {
    this.deadLetters = sink;
  }

  /** The service's transactions, which a batch of events joins; without them every event commits alone. */
  useBatchTransactions(transactions: TenantTransactions): void {
    this.transactions = transactions;
  }

  listen(callback: () => void): void {
    const { commands, events } = splitHandlers(this.getHandlers());
    for (const [subject, handler] of commands) {
      this.broker.handleCommand(subject, async (message: CommandMessage) => (await handleCommand(this.serviceName, subject, handler, message)) as CommandReply);
    }
    this.subjects = [...commands.keys()];
    if (events.size > 0) {
      if (!this.deadLetters) throw new Error(`${this.serviceName}: call useDeadLetters() before listening`);
      const transactions = this.transactions;
      this.broker.addConsumer(this.serviceName, {
        eventTypes: new Set(events.keys()),
        handle: (event: EventEnvelope, delivery: number) => handleEvent(this.serviceName, events.get(event.type)!, event, delivery),
        handleBatch: transactions
          ? (batch) => handledInOneTransaction(transactions, this.serviceName, batch.map((event) => ({ event, delivery: 1 })), (event) => events.get(event.type)!)
          : undefined,
        deadLetters: this.deadLetters,
      });
    }
    callback();
  }

  close(): void {
    this.broker.removeService(this.serviceName, this.subjects);
  }

  on(): void {
    throw new Error('the in-process transport has no events to listen to');
  }

  unwrap<T>(): T {
    return this.broker as T;
  }
}
