import type { NatsConnection } from '@nats-io/transport-node';
import type { CommandMessage, CommandReply } from '@civicloop/contracts';
import type { CommandClient } from '../commands/command-client';

/** Commands and queries over core NATS request/reply; services answer in queue groups. */
export class NatsCommandClient implements CommandClient {
  constructor(
    private readonly nc: NatsConnection,
    private readonly timeoutMs = 10_000,
  ) {}

  async send<T>(subject: string, message: CommandMessage): Promise<CommandReply<T>> {
    try {
      const reply = await this.nc.request(subject, JSON.stringify(message), { timeout: this.timeoutMs });
      return reply.json<CommandReply<T>>();
    } catch (error) {
      // No responder or a timeout: the outcome is unknown to the caller, who may retry with the same Idempotency-Key.
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { status: 503, code: 'unavailable', message: `the service behind ${subject} did not answer (${detail}); retry with the same Idempotency-Key` } };
    }
  }
}
