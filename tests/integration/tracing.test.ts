import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiClient, eventually, freshTenantId } from '../support/api/api-client';
import { agent, drainageRequest, operator } from '../support/api/demo-people';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';

jest.setTimeout(120_000);

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

/** The OTLP/HTTP JSON body (ExportTraceServiceRequest), as far as these assertions read it. */
interface OtlpTraces {
  resourceSpans?: Array<{
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: Array<{ spans?: Array<{ traceId: string; spanId: string; parentSpanId?: string; name: string; kind: number; attributes?: OtlpAttribute[] }> }>;
  }>;
}
interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: number | string; boolValue?: boolean };
}

const CONSUMER = 5;
const SERVER = 2;

/** A collector stand-in: a plain HTTP server taking OTLP/HTTP JSON on /v1/traces. */
async function startOtlpReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; paths: string[]; close(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const paths: string[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      paths.push(request.url ?? '');
      if (request.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpTraces;
        for (const resourceSpans of body.resourceSpans ?? []) {
          const service = String(attributesOf(resourceSpans.resource?.attributes)['service.name']);
          for (const scope of resourceSpans.scopeSpans ?? []) {
            for (const span of scope.spans ?? []) {
              spans.push({ ...span, service, parentSpanId: span.parentSpanId || undefined, attributes: attributesOf(span.attributes) });
            }
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    paths,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function attributesOf(attributes: OtlpAttribute[] = []): Record<string, unknown> {
  return Object.fromEntries(attributes.map(({ key, value }) => [key, value.stringValue ?? value.intValue ?? value.boolValue]));
}

describe('one registration is one trace across the services (OpenTelemetry over NATS headers)', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let stack: DistributedStack;
  let api: ApiClient;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    stack = await startDistributedStack(
      'tracing',
      {},
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
    );
    const tenantId = freshTenantId('tracing');
    const opened = await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '追踪区', template: 'demo' });
    expect(opened.status).toBe(201);
    api = new ApiClient(stack.gateway, tenantId, agent);
  });

  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it('has spans from gateway, intake and dispatch, and on to reporting, under the gateway request span', async () => {
    const registered = await api.post('/requests', drainageRequest());
    expect(registered.status).toBe(201);
    await eventually('the request to be dispatched', async () => ((await api.get(`/requests/${registered.body.id}`)).body.status === 'dispatched' ? true : undefined), 30_000);

    // The one registration command intake served names the trace.
    const served = await eventually('intake to export its span of the registration', async () => {
      const commands = receiver.spans.filter((span) => span.service === 'intake' && span.name === 'cmd.intake.register-request');
      return commands.length === 1 ? commands[0] : undefined;
    });
    const traceId = served.traceId;
    const inTrace = () => receiver.spans.filter((span) => span.traceId === traceId);
    const processedByDispatch = await eventually('dispatch to export its span of request.registered', async () =>
      inTrace().find((span) => span.service === 'dispatch' && span.name === 'process request.registered'),
    );
    await eventually('reporting to export its span of assignment.created', async () =>
      inTrace().find((span) => span.service === 'reporting' && span.name === 'process assignment.created'),
    );
    // Give the gateway's batch a moment: its HTTP span ends after the reply.
    const root = await eventually('the gateway to export the request span', async () => inTrace().find((span) => span.service === 'gateway' && !span.parentSpanId));

    const spans = inTrace();
    for (const service of ['gateway', 'intake', 'dispatch', 'reporting']) expect(spans.some((span) => span.service === service)).toBe(true);
    expect(root.kind).toBe(SERVER);
    expect(root.name).toMatch(/^POST/);
    // intake's command span is the parent of dispatch's consumer span: the outbox carried it.
    expect(processedByDispatch.kind).toBe(CONSUMER);
    expect(processedByDispatch.parentSpanId).toBe(served.spanId);
    expect(processedByDispatch.attributes['messaging.consumer.group.name']).toBe('dispatch');
    // Every span of the registration hangs off that one root: no orphans, no second trace (once
    // the spans still open when we looked have ended and been exported).
    await eventually('every span of the trace to have its parent in the trace', async () => {
      const all = inTrace();
      const ids = new Set(all.map((span) => span.spanId));
      const orphans = all.filter((span) => span !== root && !ids.has(span.parentSpanId!));
      return orphans.length === 0 ? true : undefined;
    });
    // Database work inside the handlers is traced too (pg instrumentation), without the polls outside them.
    expect(spans.some((span) => span.service === 'intake' && (span.attributes['db.system'] ?? span.attributes['db.system.name']) === 'postgresql')).toBe(true);
    // Metrics and logs do not go to the collector (Prometheus and stdout have them).
    expect(receiver.paths.every((path) => path === '/v1/traces')).toBe(true);
  });
});
