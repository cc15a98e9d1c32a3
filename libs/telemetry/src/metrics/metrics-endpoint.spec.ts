import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpRequestMetrics } from './http-request-metrics';
import { messageMetrics } from './message-metrics';
import { metricsEndpoint, serveMetrics } from './metrics-endpoint';
import { sampleConsumerLag, sampleOutboxBacklog } from './sampled-gauges';

describe('GET /metrics', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const metrics = metricsEndpoint();
    const timing = httpRequestMetrics();
    server = createServer((request, response) =>
      metrics(request, response, () =>
        timing(request, response, () => {
          // What express sets once a route matched.
          Object.assign(request, { route: { path: '/api/v1/requests/:id' } });
          response.end('ok');
        }),
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('answers in the Prometheus text format with message counters, sampled gauges and process metrics', async () => {
    messageMetrics.handled('dispatch', 'request.registered');
    messageMetrics.redelivered('dispatch', 'request.registered');
    const stopBacklog = sampleOutboxBacklog('intake', async () => 3);
    sampleConsumerLag('dispatch', async () => 7);
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const body = await response.text();
    expect(body).toContain('civicloop_messages_handled_total{service="dispatch",subject="request.registered"} 1');
    expect(body).toContain('civicloop_messages_redelivered_total{service="dispatch",subject="request.registered"} 1');
    expect(body).toContain('civicloop_outbox_backlog{service="intake"} 3');
    expect(body).toContain('civicloop_consumer_lag{service="dispatch"} 7');
    expect(body).toContain('process_cpu_seconds_total');
    stopBacklog();
    expect(await (await fetch(`${base}/metrics`)).text()).not.toContain('civicloop_outbox_backlog{service="intake"}');
  });

  it('still answers when a sampler fails, leaving its series out', async () => {
    sampleOutboxBacklog('feedback', async () => {
      throw new Error('database unreachable');
    });
    const body = await (await fetch(`${base}/metrics`)).text();
    expect(body).toContain('civicloop_consumer_lag{service="dispatch"} 7');
    expect(body).not.toContain('civicloop_outbox_backlog{service="feedback"}');
  });

  it('times requests by route pattern, not by URL', async () => {
    await fetch(`${base}/api/v1/requests/0b6c7d2e-1111-4222-8333-944445555666`);
    await fetch(`${base}/health/ready`);
    const body = await (await fetch(`${base}/metrics`)).text();
    expect(body).toContain('civicloop_http_request_duration_seconds_count{method="GET",route="/api/v1/requests/:id",status_code="200"} 1');
    expect(body).not.toContain('0b6c7d2e');
    expect(body).not.toMatch(/route="\/health/);
  });
});

describe('where /metrics is served', () => {
  it('stays off the application when CIVICLOOP_METRICS_PORT gives it a port of its own', async () => {
    const mounted: unknown[] = [];
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const server = serveMetrics({ use: (handler) => mounted.push(handler) }, { CIVICLOOP_METRICS_PORT: String(port) });
    try {
      expect(mounted).toEqual([]);
      await new Promise((resolve) => server!.once('listening', resolve).listening && resolve(undefined));
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/api/v1/requests`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => server!.close(resolve));
    }
  });

  it('is mounted beside the application’s routes when no port is set', () => {
    const mounted: unknown[] = [];
    expect(serveMetrics({ use: (handler) => mounted.push(handler) }, {})).toBeNull();
    expect(mounted).toHaveLength(1);
  });
});
