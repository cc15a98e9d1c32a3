import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { activeTraceparent, receivingSpan, sendingSpan } from './message-spans';
import { contextFromMessage, injectTraceHeaders } from './trace-headers';

/** NATS MsgHdrs answer '' for a missing key; this map does the same. */
class Headers {
  readonly values = new Map<string, string>();
  get(key: string): string {
    return this.values.get(key) ?? '';
  }
  set(key: string, value: string): void {
    this.values.set(key, value);
  }
}

const TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

describe('trace context across message headers', () => {
  describe('while tracing is off (no SDK registered)', () => {
    it('sends no headers and hands no traceparent to the handler, so the message keeps its own', async () => {
      const headers = new Headers();
      const seen = await sendingSpan('cmd.intake.register', TRACEPARENT, async (outgoing) => {
        outgoing.inject(headers);
        return receivingSpan('command', { destination: 'cmd.intake.register', consumerGroup: 'intake', headers, traceparent: TRACEPARENT }, async (traceparent) => traceparent);
      });
      expect(headers.values.size).toBe(0);
      expect(seen).toBeUndefined();
    });
  });

  describe('while tracing is on', () => {
    const exporter = new InMemorySpanExporter();
    const contextManager = new AsyncLocalStorageContextManager();

    beforeAll(() => {
      context.setGlobalContextManager(contextManager.enable());
      propagation.setGlobalPropagator(new W3CTraceContextPropagator());
      trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
    });

    afterAll(() => {
      trace.disable();
      propagation.disable();
      context.disable();
    });

    beforeEach(() => exporter.reset());

    it('writes traceparent into the headers and reads it back as the parent context', () => {
      const headers = new Headers();
      const parent = contextFromMessage(undefined, TRACEPARENT);
      injectTraceHeaders(headers, parent);
      expect(headers.get('traceparent')).toBe(TRACEPARENT);
      expect(trace.getSpanContext(contextFromMessage(headers, undefined))?.spanId).toBe('b7ad6b7169203331');
    });

    it('prefers the headers over the traceparent the message carries', () => {
      const headers = new Headers();
      headers.set('traceparent', TRACEPARENT);
      const other = '00-11111111111111111111111111111111-2222222222222222-01';
      expect(trace.getSpanContext(contextFromMessage(headers, other))?.traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    });

    it('makes the consumer span a child of the sender, and hands the handler its own traceparent', async () => {
      const headers = new Headers();
      let carried: string | undefined;
      await sendingSpan('cmd.intake.register', undefined, async (outgoing) => {
        outgoing.inject(headers);
        carried = outgoing.traceparent;
      });
      const handlerSaw = await receivingSpan('event', { destination: 'request.registered', consumerGroup: 'dispatch', headers, messageId: 'e-1', delivery: 2 }, async (traceparent) => {
        expect(activeTraceparent()).toBe(traceparent);
        return traceparent;
      });
      const [sent, processed] = exporter.getFinishedSpans();
      expect(sent.name).toBe('send cmd.intake.register');
      expect(processed.name).toBe('process request.registered');
      expect(processed.spanContext().traceId).toBe(sent.spanContext().traceId);
      expect(processed.parentSpanContext?.spanId).toBe(sent.spanContext().spanId);
      expect(carried).toBe(headers.get('traceparent'));
      expect(handlerSaw).toBe(`00-${processed.spanContext().traceId}-${processed.spanContext().spanId}-01`);
      expect(processed.attributes['messaging.consumer.group.name']).toBe('dispatch');
    });

    it('sends under the active span, else under the trace the message carries', async () => {
      await sendingSpan('qry.dispatch.lookup-reference', TRACEPARENT, async () => undefined);
      const parent = trace.getTracer('test').startSpan('active');
      await context.with(trace.setSpan(context.active(), parent), () => sendingSpan('qry.dispatch.lookup-reference', TRACEPARENT, async () => undefined));
      parent.end();
      const [underCarried, underActive] = exporter.getFinishedSpans();
      expect(underCarried.parentSpanContext?.spanId).toBe('b7ad6b7169203331');
      expect(underActive.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    });

    it('continues the traceparent a message carries when it has no headers (the in-process broker)', async () => {
      await receivingSpan('command', { destination: 'cmd.intake.register', consumerGroup: 'intake', traceparent: TRACEPARENT }, async () => undefined);
      const [served] = exporter.getFinishedSpans();
      expect(served.spanContext().traceId).toBe('0af7651916cd43dd8448eb211c80319c');
      expect(served.parentSpanContext?.spanId).toBe('b7ad6b7169203331');
    });

    it('marks the span failed and rethrows when the handler throws', async () => {
      await expect(
        receivingSpan('event', { destination: 'request.registered', consumerGroup: 'dispatch' }, async () => {
          throw new Error('early');
        }),
      ).rejects.toThrow('early');
      const [failed] = exporter.getFinishedSpans();
      expect(failed.status.code).toBe(2);
      expect(failed.events[0].name).toBe('exception');
    });
  });
});
