import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient, eventually } from '../support/api/api-client';
import { describeClosedLoop } from '../support/api/closed-loop-scenarios';
import { localRealmTokens, type GatewayTarget } from '../support/api/test-tokens';
import { agent, drainageRequest } from '../support/api/demo-people';
import { freePort } from '../support/stack/free-port';
import { ServiceProcess } from '../support/stack/service-process';

jest.setTimeout(180_000);

describe('the closed loop in the embedded mode (one process, embedded PostgreSQL 18, in-process broker)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'civicloop-embedded-'));
  let civicloop: ServiceProcess;
  let baseUrl: string;
  let gateway: GatewayTarget;

  beforeAll(async () => {
    const [httpPort, pgPort] = [await freePort(), await freePort()];
    baseUrl = `http://127.0.0.1:${httpPort}`;
    civicloop = new ServiceProcess({
      name: 'embedded',
      entry: 'apps/civicloop/src/main.ts',
      healthUrl: `${baseUrl}/health/ready`,
      env: { CIVICLOOP_DATA_DIR: dataDir, CIVICLOOP_HTTP_PORT: String(httpPort), CIVICLOOP_EMBEDDED_PG_PORT: String(pgPort) },
    });
    await civicloop.start();
    gateway = { url: baseUrl, tokens: localRealmTokens(baseUrl, join(dataDir, 'realm-key.pem')) };
  });

  afterAll(async () => {
    await civicloop?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  describeClosedLoop(() => gateway);

  it('serves the demo district out of the box, and keeps its data across a restart', async () => {
    const api = new ApiClient(gateway, 'demo', agent);
    const registered = await api.post('/requests', drainageRequest());
    expect(registered.status).toBe(201);
    await eventually('the demo request to be dispatched', async () => ((await api.get(`/requests/${registered.body.id}`)).body.status === 'dispatched' ? true : undefined));
    await civicloop.kill('SIGTERM');
    await civicloop.start();
    const after = await api.get(`/requests/${registered.body.id}`);
    expect(after.status).toBe(200);
    expect(after.body.orderNo).toBe(registered.body.orderNo);
  });

  it('serves its OpenAPI document', async () => {
    const response = await fetch(`${baseUrl}/api/docs/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/requests', '/api/v1/assignments/{id}/sign']));
  });
});
