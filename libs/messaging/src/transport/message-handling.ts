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
  try {
    await handleEventUncounted(service, handler, event, delivery, headers);
    messageMetrics.handled(service, event.type);
  } catch (error) {
    messageMetrics.failed(service, event.type);
    throw error;
  }
}

/**
 * The same in a batch, which counts its events only once it commits: a batch that rolls back is
 * handled again event by event, and those passes count.
 */
export async function handleEventUncounted(service: string, handler: MessageHandler, event: EventEnvelope, delivery: number, headers?: TraceHeaderReader): Promise<void> {
  await receivingSpan(
    'event',
    { destination: event.type, consumerGroup: service, messageId: event.eventId, delivery, headers, traceparent: event.traceparent },
    async (traceparent) => {
      await invokeHandler(handler, traceparent ? { ...event, traceparent } : event);
    },
  );
}

/** A CommandReply with a 5xx error: the handler caught the failure itself (e.g. the database went away). */
function isServerFailure(reply: unknown): boolean {
  const error = (reply as { ok?: boolean; error?: { status?: number } } | null)?.error;
  return (reply as { ok?: boolean } | null)?.ok === false && (error?.status ?? 500) >= 500;
}
