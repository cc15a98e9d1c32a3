import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import type { CommandMessage, CommandReply, EventEnvelope } from '@civicloop/contracts';
import type { DeadLetterSink } from '../inbox/dead-letters';
import { invokeHandler, splitHandlers } from '../transport/handler-invocation';
import type { InProcessBroker } from './in-process-broker';

/** Serves a service's @MessagePattern and @EventPattern handlers from the in-process broker. */
export class InProcessServer extends Server implements CustomTransportStrategy {
  private deadLetters: DeadLetterSink | null = null;
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

  listen(callback: () => void): void {
    const { commands, events } = splitHandlers(this.getHandlers());
    for (const [subject, handler] of commands) {
      this.broker.handleCommand(subject, async (message: CommandMessage) => (await invokeHandler(handler, message)) as CommandReply);
    }
    this.subjects = [...commands.keys()];
    if (events.size > 0) {
      if (!this.deadLetters) throw new Error(`${this.serviceName}: call useDeadLetters() before listening`);
      this.broker.addConsumer(this.serviceName, {
        eventTypes: new Set(events.keys()),
        handle: async (event: EventEnvelope) => {
          await invokeHandler(events.get(event.type)!, event);
        },
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
