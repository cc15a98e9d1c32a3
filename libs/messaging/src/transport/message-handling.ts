import type { MessageHandler } from '@nestjs/microservices';
import type { CommandMessage, EventEnvelope } from '@civicloop/contracts';
import { messageMetrics, receivingSpan, type TraceHeaderReader } from '@civicloop/telemetry';
import { invokeHandler } from './handler-invocation';

/**
 * Runs a command handler in a span that continues the caller's trace, and counts it. The context
 * handed on names that span, so the outbox events the command writes carry it to their consumers.
 */
export function handleCommand(service: string, subject: string, handler: MessageHandler, message: CommandMessage, headers?: TraceHeaderReader): Promise<unknown> {
  return receivingSpan('command', { destination: subject, consumerGroup: service, headers, traceparent: message.context.traceparent }, async (traceparent) => {
    try {
      const reply = await invokeHandler(handler, traceparent ? { ...message, context: { ...message.context, traceparent } } : message);
      (isServerFailure(reply) ? messageMetrics.failed : messageMetrics.handled)(service, subject);
      return reply;
    } catch (error) {
      messageMetrics.failed(service, subject);
      throw error;
    }
  });
}

/**
 * Runs an event handler in a span that is a child of the event's producer, and counts it. The
 * handler gets the envelope with that span as its traceparent: what it writes in turn continues
 * the same trace (intake → dispatch → feedback, reporting).
 */
export async function handleEvent(service: string, handler: MessageHandler, event: EventEnvelope, delivery: number, headers?: TraceHeaderReader): Promise<void> {
  if (delivery > 1) messageMetrics.redelivered(service, event.type);
  await receivingSpan(
    'event',
    { destination: event.type, consumerGroup: service, messageId: event.eventId, delivery, headers, traceparent: event.traceparent },
    async (traceparent) => {
      try {
        await invokeHandler(handler, traceparent ? { ...event, traceparent } : event);
        messageMetrics.handled(service, event.type);
      } catch (error) {
        messageMetrics.failed(service, event.type);
        throw error;
      }
    },
  );
}

/** A CommandReply with a 5xx error: the handler caught the failure itself (e.g. the database went away). */
function isServerFailure(reply: unknown): boolean {
  const error = (reply as { ok?: boolean; error?: { status?: number } } | null)?.error;
  return (reply as { ok?: boolean } | null)?.ok === false && (error?.status ?? 500) >= 500;
}
