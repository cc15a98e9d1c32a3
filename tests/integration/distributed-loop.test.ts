import { ApiClient, freshTenantId } from '../support/api/api-client';
import { describeClosedLoop } from '../support/api/closed-loop-scenarios';
import { agent, drainageRequest, operator } from '../support/api/demo-people';
import { withClient } from '../support/stack/test-database';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';

jest.setTimeout(120_000);

describe('the closed loop in the distributed mode (five processes, PostgreSQL, JetStream)', () => {
  let stack: DistributedStack;

  beforeAll(async () => {
    stack = await startDistributedStack('loop');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describeClosedLoop(() => stack.gateway);

  it('writes an audit row for every read of a resident’s unmasked identity', async () => {
    const tenantId = freshTenantId('audit');
    await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '审计区', template: 'demo' });
    const api = new ApiClient(stack.gateway, tenantId, agent);
    const { body } = await api.post('/requests', drainageRequest());
    await api.get(`/requests/${body.id}`);
    await api.get(`/requests/${body.id}`);
    const rows = await withClient(stack.databaseUrl, async (client) =>
      (await client.query(`select reader_id, purpose from intake.personal_data_reads where request_id = $1`, [body.id])).rows,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0].reader_id).toContain(agent.userId);
  });
});
