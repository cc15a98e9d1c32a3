import { context as contexts, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Span } from '@opentelemetry/api';
import { contextFromMessage, injectTraceHeaders, type TraceHeaderReader, type TraceHeaderWriter } from './trace-headers';

const tracer = () => trace.getTracer('civicloop-messaging');

export interface IncomingMessage {
  /** A command subject or an event type: never a subject with a tenant in it (cardinality). */
  destination: string;
  /** The service handling it: queue group or durable consumer. */
  consumerGroup: string;
  messageId?: string;
  delivery?: number;
  headers?: TraceHeaderReader;
  traceparent?: string;
}

export interface OutgoingTrace {
  /** The W3C traceparent of the span sending the message, or undefined while tracing is off. */
  traceparent: string | undefined;
  inject(headers: TraceHeaderWriter): void;
}

/**
 * A request sent to another service: a CLIENT span under the active span, or, with none active,
 * under the trace the message already carries. `work` writes the trace into the message headers
 * and may carry the traceparent in the message itself.
 */
export function sendingSpan<T>(destination: string, carried: string | undefined, work: (trace: OutgoingTrace) => Promise<T>): Promise<T> {
  const parent = trace.getActiveSpan() ? contexts.active() : contextFromMessage(undefined, carried);
  return inSpan(`send ${destination}`, SpanKind.CLIENT, parent, messagingAttributes(destination, 'send'), () =>
    work({ traceparent: activeTraceparent(), inject: (headers) => injectTraceHeaders(headers) }),
  );
}

/**
 * A command (SERVER span) or event (CONSUMER span) being handled, as a child of the context the
 * message carries, active around `work`. `work` receives the traceparent of that span, for the
 * context it passes on (so outbox events name the span that caused them), or undefined while
 * tracing is off (keep what the message carried then).
 */
export function receivingSpan<T>(kind: 'command' | 'event', message: IncomingMessage, work: (traceparent: string | undefined) => Promise<T>): Promise<T> {
  const parent = contextFromMessage(message.headers, message.traceparent);
  const attributes: Attributes = {
    ...messagingAttributes(message.destination, 'process'),
    'messaging.consumer.group.name': message.consumerGroup,
    ...(message.messageId ? { 'messaging.message.id': message.messageId } : {}),
    ...(message.delivery ? { 'messaging.nats.delivery_count': message.delivery } : {}),
  };
  const name = kind === 'command' ? message.destination : `process ${message.destination}`;
  return inSpan(name, kind === 'command' ? SpanKind.SERVER : SpanKind.CONSUMER, parent, attributes, () => work(activeTraceparent()));
}

/** The active span as a W3C traceparent, when a real (recording) span is active. */
export function activeTraceparent(): string | undefined {
  const span = trace.getActiveSpan();
  if (!span?.isRecording()) return undefined;
  const { traceId, spanId, traceFlags } = span.spanContext();
  return `00-${traceId}-${spanId}-${traceFlags.toString(16).padStart(2, '0')}`;
}

/** The active trace and span ids, for log lines. */
export function activeTraceIds(): { trace_id: string; span_id: string } | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, spanId } = span.spanContext();
  return trace.isSpanContextValid(span.spanContext()) ? { trace_id: traceId, span_id: spanId } : undefined;
}

function inSpan<T>(name: string, kind: SpanKind, parent: Context, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { kind, attributes }, parent, async (span: Span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error instanceof Error ? { name: error.name, message: error.message } : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

function messagingAttributes(destination: string, operation: 'send' | 'process'): Attributes {
  return { 'messaging.system': 'nats', 'messaging.destination.name': destination, 'messaging.operation.type': operation };
}
