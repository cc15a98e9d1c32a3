import { expectNoAnomalies, FAULT_RUNS, SCENARIO_TIMEOUT_MS } from '../harness/fault-suite';
import { startFaultStack, type FaultStack } from '../harness/fault-stack';
import { partitionFromBroker, slowPostgres } from '../harness/scenarios';

/** 5. A service cut off from NATS for 30 s; 6. PostgreSQL 200 ms slow for 30 s (toxiproxy in front of both). */
describe('cut and slow links', () => {
  let faults: FaultStack;
  beforeAll(async () => {
    faults = await startFaultStack('flink', { proxies: true });
  }, 180_000);
  afterAll(async () => {
    await faults?.stop();
  }, 120_000);

  for (const service of ['dispatch', 'intake'] as const) {
    it(`${service} cut off from NATS for 30 s: nothing lost, doubled or unexpected`, async () => {
      await expectNoAnomalies(faults.target, partitionFromBroker(faults, service));
    }, SCENARIO_TIMEOUT_MS(FAULT_RUNS));
  }

  it('PostgreSQL 200 ms slow for 30 s: nothing lost, doubled or unexpected', async () => {
    await expectNoAnomalies(faults.target, slowPostgres(faults));
  }, SCENARIO_TIMEOUT_MS(FAULT_RUNS));
});
