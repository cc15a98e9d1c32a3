import { expectNoAnomalies, FAULT_RUNS, SCENARIO_TIMEOUT_MS } from '../harness/fault-suite';
import { startFaultStack, type FaultStack } from '../harness/fault-stack';
import { crashPostgres, restartBroker } from '../harness/scenarios';

/** 2. nats-server stopped and started on the same store; 3. PostgreSQL crashed (stop -m immediate) and started. */
describe('the servers go away mid-load and come back', () => {
  let faults: FaultStack;
  beforeAll(async () => {
    faults = await startFaultStack('fserv');
  }, 180_000);
  afterAll(async () => {
    await faults?.stop();
  }, 120_000);

  it('nats-server stop + start: nothing lost, doubled or unexpected', async () => {
    await expectNoAnomalies(faults.target, restartBroker(faults));
  }, SCENARIO_TIMEOUT_MS(FAULT_RUNS));

  it('pg_ctl stop -m immediate + start: nothing lost, doubled or unexpected', async () => {
    await expectNoAnomalies(faults.target, crashPostgres(faults));
  }, SCENARIO_TIMEOUT_MS(FAULT_RUNS));
});
