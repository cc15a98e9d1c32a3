import { ApiClient, eventually, freshTenantId } from '../support/api/api-client';
import { agent, drainageRequest, operator } from '../support/api/demo-people';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';
import { freePort } from '../support/stack/free-port';

jest.setTimeout(120_000);

/**
 * Prometheus metrics on each process's own HTTP port, without a token, after some traffic. Tracing
 * is on here with its collector down: exports fail quietly and nothing else notices.
 */
describe('GET /metrics on every process of the distributed mode', () => {
  let stack: DistributedStack;
  let api: ApiClient;
  const metricsOf = async (service: keyof DistributedStack['processes']) => {
    const response = await fetch(new URL('/metrics', stack.processes[service].healthUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  beforeAll(async () => {
    const deadCollector = `http://127.0.0.1:${await freePort()}`;
    stack = await startDistributedStack('metrics', {}, { OTEL_EXPORTER_OTLP_ENDPOINT: deadCollector, OTEL_BSP_SCHEDULE_DELAY: '100' });
    const tenantId = freshTenantId('metrics');
    const opened = await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '指标区', template: 'demo' });
    expect(opened.status).toBe(201);
    api = new ApiClient(stack.gateway, tenantId, agent);
    for (let i = 0; i < 3; i++) {
      const { status, body } = await api.post('/requests', drainageRequest());
      expect(status).toBe(201);
      await eventually('the request to be dispatched', async () => ((await api.get(`/requests/${body.id}`)).body.status === 'dispatched' ? true : undefined), 30_000);
    }
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('the gateway times requests by route pattern and status, with no ids or districts in the labels', async () => {
    const text = await metricsOf('gateway');
    expect(text).toMatch(/civicloop_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/requests",status_code="201"\} 3/);
    expect(text).toMatch(/civicloop_http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/api\/v1\/requests\/:id",status_code="200"\}/);
    expect(text).toContain('process_cpu_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(text).not.toContain(api.tenantId);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });

  it('intake counts commands handled per subject and samples its outbox backlog', async () => {
    const text = await metricsOf('intake');
    expect(text).toMatch(/civicloop_messages_handled_total\{service="intake",subject="cmd\.intake\.register-request"\} 3/);
    expect(text).toMatch(/civicloop_outbox_backlog\{service="intake"\} 0/);
    expect(text).toContain('# TYPE civicloop_messages_failed_total counter');
  });

  it('dispatch counts events handled, redelivered and dead-lettered per event type and samples its consumer lag', async () => {
    const text = await metricsOf('dispatch');
    expect(text).toMatch(/civicloop_messages_handled_total\{service="dispatch",subject="request\.registered"\} 3/);
    expect(text).toMatch(/civicloop_messages_handled_total\{service="dispatch",subject="qry\.dispatch\.lookup-reference"\} [1-9]/);
    expect(text).toContain('# TYPE civicloop_messages_redelivered_total counter');
    expect(text).toContain('# TYPE civicloop_messages_dead_lettered_total counter');
    expect(text).toMatch(/civicloop_consumer_lag\{service="dispatch"\} \d+/);
    expect(text).toMatch(/civicloop_outbox_backlog\{service="dispatch"\} \d+/);
    expect(text).not.toContain(api.tenantId);
  });

  it('needs no token, and neither do the health probes', async () => {
    for (const service of ['reporting', 'feedback'] as const) {
      expect(await metricsOf(service)).toMatch(new RegExp(`civicloop_consumer_lag\\{service="${service}"\\}`));
      expect((await fetch(stack.processes[service].healthUrl)).status).toBe(200);
    }
    expect((await fetch(new URL('/health/live', stack.gateway.url))).status).toBe(200);
  });
});
