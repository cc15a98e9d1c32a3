import { headers as natsHeaders, type MsgHdrs, type NatsConnection } from '@nats-io/transport-node';
import type { CommandMessage, CommandReply } from '@civicloop/contracts';
import { sendingSpan } from '@civicloop/telemetry';
import type { CommandClient } from '../commands/command-client';

/** Commands and queries over core NATS request/reply; services answer in queue groups. */
export class NatsCommandClient implements CommandClient {
  constructor(
    private readonly nc: NatsConnection,
    private readonly timeoutMs = 10_000,
  ) {}

  send<T>(subject: string, message: CommandMessage): Promise<CommandReply<T>> {
    // The trace goes in the headers, and the context carries the same span for what the service writes.
    return sendingSpan(subject, message.context.traceparent, async (trace) => {
      if (!trace.traceparent) return this.request<T>(subject, message);
      const headers = natsHeaders();
      trace.inject(headers);
      return this.request<T>(subject, { ...message, context: { ...message.context, traceparent: trace.traceparent } }, headers);
    });
  }

  private async request<T>(subject: string, message: CommandMessage, headers?: MsgHdrs): Promise<CommandReply<T>> {
    try {
      const reply = await this.nc.request(subject, JSON.stringify(message), { timeout: this.timeoutMs, headers });
      return reply.json<CommandReply<T>>();
    } catch (error) {
      // No responder or a timeout: the outcome is unknown to the caller, who may retry with the same Idempotency-Key.
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { status: 503, code: 'unavailable', message: `the service behind ${subject} did not answer (${detail}); retry with the same Idempotency-Key` } };
    }
  }
}
