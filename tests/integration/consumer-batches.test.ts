import { localMonth } from '@civicloop/clock';
import { ApiClient, eventually, freshTenantId } from '../support/api/api-client';
import { CLOSED_LOOP_HISTORY } from '../support/api/closed-loop-scenarios';
import { agent, dispatcher, donghuaStaff, drainageRequest, operator, supervisor } from '../support/api/demo-people';
import { withClient } from '../support/stack/test-database';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';

jest.setTimeout(180_000);

/** Enough requests at once that events wait while the one slot is busy, and go in batches. */
const BURST = 24;

/**
 * With one consumer slot per service, every burst of events is handled in batches (one
 * transaction per batch, rows read ahead, intake's progress written at the batch's end:
 * docs/adr/0023, 0024). Every request must come out exactly as if each event had its own.
 */
describe('events handled in batches (one consumer slot per service, PostgreSQL, JetStream)', () => {
  let stack: DistributedStack;
  let api: ApiClient;
  let tenantId: string;

  beforeAll(async () => {
    stack = await startDistributedStack('batches', {}, { CIVICLOOP_CONSUMER_SLOTS: '1' });
    tenantId = freshTenantId('batches');
    expect((await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '批处理区', template: 'demo' })).status).toBe(201);
    api = new ApiClient(stack.gateway, tenantId, agent);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const all = <T>(ids: string[], step: (id: string) => Promise<T>) => Promise.all(ids.map(step));

  const statusOf = (id: string, wanted: string) =>
    eventually(`request ${id} to be ${wanted}`, async () => ((await api.get(`/requests/${id}`)).body?.status === wanted ? true : undefined), 60_000);

  const feedbackStatus = (id: string, wanted: string) =>
    eventually(`feedback of ${id} to be ${wanted}`, async () => {
      const response = await api.get(`/requests/${id}/feedback`);
      return response.body?.status === wanted ? response : undefined;
    }, 60_000);

  it('takes a burst of requests through the loop with every status, history entry and rate as one by one', async () => {
    const month = localMonth(new Date());
    const ids = await all(Array.from({ length: BURST }, (_, i) => String(i)), async (n) => {
      const response = await api.post('/requests', drainageRequest({ description: `第${n}号楼下水道堵塞，污水外溢` }));
      expect(response.status).toBe(201);
      return response.body.id as string;
    });
    await all(ids, (id) => statusOf(id, 'dispatched'));

    const unit = api.as(donghuaStaff);
    const assignments = await all(ids, async (id) => {
      const list = await api.as(dispatcher).get(`/requests/${id}/assignments`);
      return list.body[0].id as string;
    });
    await all(ids, (id) => feedbackStatus(id, 'dispatched'));
    await all(assignments, async (assignmentId) => expect((await unit.post(`/assignments/${assignmentId}/sign`)).status).toBe(200));
    await all(ids, (id) => feedbackStatus(id, 'signed'));
    await all(assignments, async (assignmentId) => expect((await unit.post(`/assignments/${assignmentId}/reply`, { outcome: 'solved', text: '已疏通' })).status).toBe(201));
    await all(ids, async (id) => {
      const { etag } = await feedbackStatus(id, 'replied');
      expect((await api.post(`/requests/${id}/callbacks`, { reached: true, solved: true, satisfaction: 'satisfied' }, { 'if-match': etag! })).status).toBe(201);
    });
    await all(ids, (id) => statusOf(id, 'closed'));

    for (const id of ids) {
      const history = await api.get(`/requests/${id}/history`);
      expect(history.body.map((entry: { type: string }) => entry.type)).toEqual(CLOSED_LOOP_HISTORY);
    }
    const row = await eventually('the rates to count the burst', async () => {
      const report = await api.as(supervisor).get(`/reports/unit-rates?month=${month}`);
      const street = report.body.units.find((u: { unitCode: string }) => u.unitCode === 'street-donghua');
      return street?.validCallbacks >= BURST ? street : undefined;
    }, 60_000);
    expect(row).toMatchObject({ dispatched: BURST, validCallbacks: BURST, solved: BURST, satisfied: BURST });

    // Proof that batches were taken: inbox rows written by one transaction share its xmin.
    const transactions = await withClient(stack.databaseUrl, async (client) =>
      (
        await client.query(
          `select consumer, count(*)::int as events, count(distinct xmin::text)::int as transactions
             from (select 'intake' as consumer, xmin, tenant_id from intake.inbox
                   union all select 'feedback', xmin, tenant_id from feedback.inbox) claimed
            where tenant_id = $1 group by consumer order by consumer`,
          [tenantId],
        )
      ).rows,
    );
    for (const { consumer, events, transactions: committed } of transactions) {
      expect({ consumer, batched: committed < events }).toEqual({ consumer, batched: true });
    }
  });
});
