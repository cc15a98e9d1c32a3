import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { CommandMessage, EventEnvelope } from '@civicloop/contracts';
import { InProcessBroker } from './in-process-broker';
import { InProcessServer } from './in-process-server';

const TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
const command: CommandMessage = { context: { tenantId: 'demo', userId: 'agent-1', roles: ['agent'], unitCodes: [], traceparent: TRACEPARENT }, payload: {} };

/** A service with one command and one event handler, served by the in-process broker, as in the embedded mode. */
function serve(broker: InProcessBroker, seen: { command?: CommandMessage; event?: EventEnvelope }) {
  const server = new InProcessServer('probe', broker);
  server.addHandler('cmd.probe.do', async (message: CommandMessage) => {
    seen.command = message;
    return { ok: true, data: message.context.traceparent };
  });
  server.addHandler(
    'probe.done',
    async (event: EventEnvelope) => {
      seen.event = event;
    },
    true,
  );
  server.useDeadLetters({ record: async () => undefined });
  server.listen(() => undefined);
  return server;
}

function envelope(traceparent: string | undefined): EventEnvelope {
  return { eventId: 'e-1', tenantId: 'demo', type: 'probe.done', version: 1, aggregateId: 'a', aggregateVersion: 1, occurredAt: new Date(0).toISOString(), actor: { userId: 'u', roles: [] }, traceparent, data: {} };
}

describe('the in-process broker carries the trace as NATS does', () => {
  it('leaves the traceparent a message carries alone while tracing is off', async () => {
    const broker = new InProcessBroker();
    const seen: { command?: CommandMessage; event?: EventEnvelope } = {};
    serve(broker, seen);
    await broker.send('cmd.probe.do', command);
    await broker.publish([envelope(TRACEPARENT)]);
    expect(seen.command?.context.traceparent).toBe(TRACEPARENT);
    expect(seen.event?.traceparent).toBe(TRACEPARENT);
  });

  describe('while tracing is on', () => {
    const exporter = new InMemorySpanExporter();

    beforeAll(() => {
      context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
      propagation.setGlobalPropagator(new W3CTraceContextPropagator());
      trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
    });

    afterAll(() => {
      trace.disable();
      propagation.disable();
      context.disable();
    });

    it('serves a command in a child of the sender, and an event the command wrote in a child of the command', async () => {
      const broker = new InProcessBroker();
      const seen: { command?: CommandMessage; event?: EventEnvelope } = {};
      serve(broker, seen);
      const reply = await broker.send<string>('cmd.probe.do', command);
      // What the handler wrote into its events (the context's traceparent) names its own span.
      await broker.publish([envelope(reply.ok ? reply.data : undefined)]);
      const spans = exporter.getFinishedSpans();
      const served = spans.find((span) => span.name === 'cmd.probe.do')!;
      const sent = spans.find((span) => span.name === 'send cmd.probe.do')!;
      const processed = spans.find((span) => span.name === 'process probe.done')!;
      expect(sent.spanContext().traceId).toBe('0af7651916cd43dd8448eb211c80319c');
      expect(served.parentSpanContext?.spanId).toBe(sent.spanContext().spanId);
      expect(seen.command?.context.traceparent).toBe(`00-${served.spanContext().traceId}-${served.spanContext().spanId}-01`);
      expect(processed.parentSpanContext?.spanId).toBe(served.spanContext().spanId);
      expect(processed.spanContext().traceId).toBe(sent.spanContext().traceId);
      expect(command.context.traceparent).toBe(TRACEPARENT); // the caller's message is a copy
    });
  });
});
