import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { ApiClient, eventually, freshTenantId } from '../support/api/api-client';
import { agent, drainageRequest, operator } from '../support/api/demo-people';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';
import { withClient } from '../support/stack/test-database';

jest.setTimeout(240_000);

/**
 * Crashes in the windows where a careless system loses or doubles events: after a consumer
 * committed but before it acked, after the relay published but before it marked the row, and a
 * whole service killed mid-stream. Afterwards the database and the rates must show every request
 * exactly once.
 */
describe('crashes in the event path lose nothing and apply nothing twice', () => {
  let stack: DistributedStack;
  let api: ApiClient;
  const sql = <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    withClient(stack.databaseUrl, async (client) => (await client.query(text, values)).rows as T[]);

  beforeAll(async () => {
    stack = await startDistributedStack('faults', {
      dispatch: { CIVICLOOP_ACK_WAIT_MS: '2000' },
      reporting: { CIVICLOOP_ACK_WAIT_MS: '2000' },
      intake: { CIVICLOOP_ACK_WAIT_MS: '2000' },
      feedback: { CIVICLOOP_ACK_WAIT_MS: '2000' },
    });
    const tenantId = freshTenantId('faults');
    const opened = await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '故障区', template: 'demo' });
    expect(opened.status).toBe(201);
    api = new ApiClient(stack.gateway, tenantId, agent);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function assignmentsOf(requestId: string) {
    return sql<{ id: string }>(`select id from dispatch.assignments where request_id = $1`, [requestId]);
  }

  async function dispatchedInReporting(requestId: string) {
    const rows = await sql<{ n: number }>(`select count(*)::int as n from reporting.assignment_facts where request_id = $1 and unit_code is not null`, [requestId]);
    return rows[0].n;
  }

  it('a consumer killed between its commit and its ack: the redelivery is skipped by the inbox', async () => {
    await stack.processes.dispatch.kill('SIGTERM');
    await stack.processes.dispatch.start({ CIVICLOOP_FAULT_POINT: 'consumer-after-commit' });
    const { body } = await api.post('/requests', drainageRequest());
    await stack.processes.dispatch.waitForExit();
    expect(await assignmentsOf(body.id)).toHaveLength(1);
    await stack.processes.dispatch.start();
    await eventually('the request to be dispatched', async () => ((await api.get(`/requests/${body.id}`)).body.status === 'dispatched' ? true : undefined), 30_000);
    await eventually('reporting to count the assignment', async () => ((await dispatchedInReporting(body.id)) === 1 ? true : undefined), 30_000);
    // The redelivered request.registered reached dispatch's inbox and changed nothing.
    await eventually('the redelivery to be acked', () => consumerSettled('dispatch'), 30_000);
    expect(await assignmentsOf(body.id)).toHaveLength(1);
    const inbox = await sql<{ n: number }>(`select count(*)::int as n from dispatch.inbox where event_type = 'request.registered' and event_id in (select event_id from intake.outbox where envelope->'data'->>'requestId' = $1)`, [body.id]);
    expect(inbox[0].n).toBe(1);
  });

  it('the relay killed between publishing and marking: the republished event is stored once', async () => {
    await stack.processes.intake.kill('SIGTERM');
    await stack.processes.intake.start({ CIVICLOOP_FAULT_POINT: 'relay-after-publish' });
    const response = await api.post('/requests', drainageRequest());
    expect(response.status).toBe(201);
    await stack.processes.intake.waitForExit();
    const [row] = await sql<{ published_at: Date | null; event_id: string }>(
      `select published_at, event_id from intake.outbox where envelope->'data'->>'requestId' = $1`,
      [response.body.id],
    );
    expect(row.published_at).toBeNull();
    await stack.processes.intake.start();
    await eventually('the outbox row to be marked published', async () => {
      const [again] = await sql<{ published_at: Date | null }>(`select published_at from intake.outbox where event_id = $1`, [row.event_id]);
      return again.published_at ? true : undefined;
    });
    await eventually('the request to be dispatched', async () => ((await api.get(`/requests/${response.body.id}`)).body.status === 'dispatched' ? true : undefined), 30_000);
    expect(await storedCopiesOf(response.body.id)).toBe(1);
    expect(await assignmentsOf(response.body.id)).toHaveLength(1);
  });

  it('a service killed -9 mid-stream: every request dispatched exactly once and counted once', async () => {
    const total = 60;
    const ids: string[] = [];
    const registering = (async () => {
      for (let i = 0; i < total; i++) {
        // As a real client: an unknown outcome (503) is retried with the same Idempotency-Key.
        const response = await eventually(`registration ${i}`, async () => {
          const attempt = await api.post('/requests', drainageRequest({ address: `第 ${i} 号` }), { 'idempotency-key': `storm-${i}` });
          if (attempt.status === 503) return undefined;
          return attempt;
        }, 60_000);
        if (response.status === 201) ids.push(response.body.id);
        else throw new Error(`registration ${i} answered ${response.status}`);
      }
    })();
    await eventually('some requests to be in flight', async () => (ids.length >= 15 ? true : undefined));
    await stack.processes.dispatch.kill('SIGKILL');
    await stack.processes.reporting.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await stack.processes.dispatch.start();
    await stack.processes.reporting.start();
    await registering;
    expect(ids).toHaveLength(total);
    await eventually(
      'every request to be dispatched and counted',
      async () => {
        const [{ assignments, facts }] = await sql<{ assignments: number; facts: number }>(
          `select (select count(*)::int from dispatch.assignments where request_id = any($1::uuid[])) as assignments,
                  (select count(*)::int from reporting.assignment_facts where request_id = any($1::uuid[]) and unit_code is not null) as facts`,
          [ids],
        );
        return assignments === total && facts === total ? true : undefined;
      },
      90_000,
    );
    const perRequest = await sql<{ n: number }>(`select count(*)::int as n from dispatch.assignments where request_id = any($1::uuid[]) group by request_id having count(*) > 1`, [ids]);
    expect(perRequest).toEqual([]);
    const deadLetters = await sql<{ n: number }>(`select (select count(*) from dispatch.dead_letters) + (select count(*) from reporting.dead_letters) as n`);
    expect(Number(deadLetters[0].n)).toBe(0);
  });
});

/** How many request.registered messages for this request the stream holds (1 = deduplicated). */
async function storedCopiesOf(requestId: string): Promise<number> {
  const connection = await connect({ servers: process.env.CIVICLOOP_TEST_NATS_URL! });
  try {
    const jsm = await jetstreamManager(connection);
    let copies = 0;
    const info = await jsm.streams.info('CIVIC');
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
      const message = await jsm.streams.getMessage('CIVIC', { seq }).catch(() => null);
      if (message && message.subject.endsWith('.request.registered') && message.json<{ data: { requestId: string } }>().data.requestId === requestId) copies++;
    }
    return copies;
  } finally {
    await connection.close();
  }
}

/** True once the service's durable consumer has nothing pending or unacknowledged. */
async function consumerSettled(durable: string): Promise<true | undefined> {
  const connection = await connect({ servers: process.env.CIVICLOOP_TEST_NATS_URL! });
  try {
    const info = await (await jetstreamManager(connection)).consumers.info('CIVIC', durable);
    return info.num_pending === 0 && info.num_ack_pending === 0 ? true : undefined;
  } finally {
    await connection.close();
  }
}
