import { context as contexts, propagation, ROOT_CONTEXT, type Context, type TextMapGetter, type TextMapSetter } from '@opentelemetry/api';

/** The part of NATS message headers (MsgHdrs) the trace context needs; `get` answers '' when absent. */
export interface TraceHeaderReader {
  get(key: string): string | undefined;
}
export interface TraceHeaderWriter {
  set(key: string, value: string): void;
}

const getter: TextMapGetter<TraceHeaderReader> = {
  get: (headers, key) => headers.get(key) || undefined,
  // The W3C propagators read known keys only; listing keys is never needed for them.
  keys: () => [],
};

const setter: TextMapSetter<TraceHeaderWriter> = {
  set: (headers, key, value) => headers.set(key, value),
};

/** Writes the given (by default the active) trace context into message headers: `traceparent`, `tracestate`. */
export function injectTraceHeaders(headers: TraceHeaderWriter, from: Context = contexts.active()): void {
  propagation.inject(from, headers, setter);
}

/**
 * The context a received message continues: its headers when they carry one, else the
 * `traceparent` the message itself carries (envelope or command context), else a new trace.
 */
export function contextFromMessage(headers: TraceHeaderReader | undefined, traceparent: string | undefined): Context {
  if (headers?.get('traceparent')) return propagation.extract(ROOT_CONTEXT, headers, getter);
  if (traceparent) return propagation.extract(ROOT_CONTEXT, { get: (key) => (key === 'traceparent' ? traceparent : undefined) }, getter);
  return ROOT_CONTEXT;
}
