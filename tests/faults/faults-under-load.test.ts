import { withClient } from '../support/stack/test-database';
import { runScenario, type Scenario } from './harness/fault-run';
import { expectNoAnomalies } from './harness/fault-suite';
import { startFaultStack, type FaultStack } from './harness/fault-stack';
import { DEFAULT_CLIENT } from './harness/loop-client';
import { killService, restartBroker } from './harness/scenarios';

jest.setTimeout(240_000);

/**
 * CI's share of the fault matrix (the whole of it: `npm run test:faults`): one kill -9 and one
 * broker restart under a client that logs every command, once each, then the count — nothing
 * acknowledged lost, nothing applied twice, nothing nobody asked for. First the judge proves it
 * can find something: after a quiet run, a reply is deleted, a callback doubled and a request
 * planted that no client registered, and it counts exactly those.
 */
describe('faults under load (CI: the judge, one kill, one broker restart)', () => {
  let faults: FaultStack;
  const short = { warmUpMs: 4_000, afterHealMs: 6_000, drainMs: 60_000 };
  const quiet: Scenario = { name: 'no fault', inject: async () => ({ healedAt: Date.now() }) };

  beforeAll(async () => {
    faults = await startFaultStack('faultci');
  });

  afterAll(async () => {
    await faults?.stop();
  });

  it('the judge counts a lost reply, a doubled callback and a request nobody asked for', async () => {
    const result = await runScenario(faults.target, quiet, 1, { warmUpMs: 3_000, afterHealMs: 4_000, drainMs: 60_000 }, DEFAULT_CLIENT, async (tenantId, client) => {
      const closed = client.loops.filter((loop) => client.log.of(loop.n, 'callback')?.outcome === 'ok');
      expect(closed.length).toBeGreaterThanOrEqual(2);
      const [victim, doubled] = closed;
      await withClient(faults.target.databaseUrl, async (sql) => {
        await sql.query(`delete from feedback.replies where assignment_id = $1`, [victim.assignmentId]);
        await sql.query(
          `insert into feedback.callbacks select (jsonb_populate_record(null::feedback.callbacks, to_jsonb(c) || jsonb_build_object('id', gen_random_uuid()))).* from feedback.callbacks c where request_id = $1`,
          [doubled.requestId],
        );
        await sql.query(
          `insert into intake.requests select (jsonb_populate_record(null::intake.requests, to_jsonb(r) || jsonb_build_object('id', gen_random_uuid(), 'order_no', r.order_no || '-x', 'address', '无人登记'))).*
             from intake.requests r where id = $1 and tenant_id = $2`,
          [doubled.requestId, tenantId],
        );
      });
    });
    expect(result).toMatchObject({ lost: 1, duplicated: 1, unexpected: 1 });
    expect(result.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/lost — acknowledged reply is missing its effect/), expect.stringMatching(/duplicated — callback: 2 effects/), expect.stringMatching(/registered by no loop/)]),
    );
  });

  it('kill -9 of dispatch mid-load loses and doubles nothing', async () => {
    await expectNoAnomalies(faults.target, killService(faults.processes.dispatch, 'dispatch'), 1, short);
  });

  it('nats-server stopped and started again mid-load loses and doubles nothing', async () => {
    await expectNoAnomalies(faults.target, restartBroker(faults), 1, short);
  });
});
