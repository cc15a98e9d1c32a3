import { ApiClient, eventually, type Identity } from '../support/api/api-client';
import { drainageRequest } from '../support/api/demo-people';
import { keycloakTokens } from '../support/api/test-tokens';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';

jest.setTimeout(180_000);

/**
 * The whole chain with a real Keycloak: users of the realm sign in, the gateway verifies their
 * tokens against Keycloak's keys, and the services keep districts, units and residents apart.
 */
describe('Keycloak users through the gateway and the services', () => {
  let stack: DistributedStack;
  const person = (username: string): Identity => ({ userId: username, roles: [] });
  let client: (username: string, tenant?: string) => ApiClient;

  beforeAll(async () => {
    const keycloakUrl = process.env.CIVICLOOP_TEST_KEYCLOAK_URL!;
    stack = await startDistributedStack('keycloak', { gateway: { CIVICLOOP_KEYCLOAK_URL: keycloakUrl } });
    const gateway = { url: stack.gatewayUrl, tokens: keycloakTokens(keycloakUrl, 'civicloop-dev') };
    client = (username, tenant = 'demo') => new ApiClient(gateway, tenant, person(username));
    for (const tenantId of ['demo', 'demo2']) {
      const opened = await client('operator').post('/districts', { tenantId, name: tenantId, template: 'demo' });
      expect(opened.status).toBe(201);
    }
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function dispatchedOrder(agent: ApiClient, dispatcher: ApiClient) {
    const { body } = await agent.post('/requests', drainageRequest());
    const assignment = await eventually('the request to be dispatched', async () => {
      const [first] = (await dispatcher.get(`/requests/${body.id}/assignments`)).body ?? [];
      return first;
    });
    return { requestId: body.id as string, assignmentId: assignment.id as string };
  }

  it('keeps another district’s requests out of reach, by id and in lists', async () => {
    const order = await dispatchedOrder(client('demo-agent'), client('demo-dispatcher'));
    const other = client('demo2-dispatcher', 'demo2');
    expect((await other.get(`/requests/${order.requestId}`)).status).toBe(404);
    expect((await other.get(`/assignments/${order.assignmentId}`)).status).toBe(404);
    const listed = await other.get('/assignments');
    expect(listed.status).toBe(200);
    expect(listed.body.map((a: { id: string }) => a.id)).not.toContain(order.assignmentId);
  });

  it('lets only the assigned unit sign for an order', async () => {
    const order = await dispatchedOrder(client('demo-agent'), client('demo-dispatcher'));
    expect((await client('demo-jingshan-staff').post(`/assignments/${order.assignmentId}/sign`)).status).toBe(404);
    expect((await client('demo2-donghua-staff', 'demo2').post(`/assignments/${order.assignmentId}/sign`)).status).toBe(404);
    expect((await client('demo-dispatcher').post(`/assignments/${order.assignmentId}/sign`)).status).toBe(403);
    expect((await client('demo-donghua-staff').post(`/assignments/${order.assignmentId}/sign`)).status).toBe(200);
  });

  it('shows a unit the resident masked, and the agent unmasked', async () => {
    const order = await dispatchedOrder(client('demo-agent'), client('demo-dispatcher'));
    await eventually('the unit to see its order', async () => ((await client('demo-donghua-staff').get(`/requests/${order.requestId}`)).status === 200 ? true : undefined));
    expect((await client('demo-donghua-staff').get(`/requests/${order.requestId}`)).body.resident).toMatchObject({ phone: '138****8000', masked: true });
    expect((await client('demo-agent').get(`/requests/${order.requestId}`)).body.resident).toMatchObject({ phone: '13800138000', masked: false });
  });

  it('shows a resident their own requests and nobody else’s', async () => {
    const own = await client('demo-resident').post('/requests', drainageRequest({ channel: 'web', residentName: '李四' }));
    expect(own.status).toBe(201);
    expect((await client('demo-resident').get(`/requests/${own.body.id}`)).status).toBe(200);
    const agents = await client('demo-agent').post('/requests', drainageRequest());
    expect((await client('demo-resident').get(`/requests/${agents.body.id}`)).status).toBe(404);
    expect((await client('demo2-resident', 'demo2').get(`/requests/${own.body.id}`)).status).toBe(404);
  });

  it('refuses requests without a token, with a tampered token, and a unit’s attempt to register', async () => {
    expect((await fetch(`${stack.gatewayUrl}/api/v1/assignments`)).status).toBe(401);
    const token = await keycloakTokens(process.env.CIVICLOOP_TEST_KEYCLOAK_URL!, 'civicloop-dev')(person('demo-agent'), 'demo');
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, tenant: 'demo2' })).toString('base64url')}.${signature}`;
    expect((await fetch(`${stack.gatewayUrl}/api/v1/assignments`, { headers: { authorization: `Bearer ${forged}` } })).status).toBe(401);
    expect((await client('demo-donghua-staff').post('/requests', drainageRequest())).status).toBe(403);
  });
});
