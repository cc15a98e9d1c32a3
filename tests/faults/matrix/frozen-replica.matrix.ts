import { expectNoAnomalies, FAULT_RUNS, SCENARIO_TIMEOUT_MS } from '../harness/fault-suite';
import { startFaultStack, type FaultStack } from '../harness/fault-stack';
import { freezeReplica } from '../harness/scenarios';

/** 4. One of two dispatch replicas frozen past the ack wait: the other gets its messages; then it thaws mid-work. */
describe('a frozen dispatch replica', () => {
  let faults: FaultStack;
  beforeAll(async () => {
    faults = await startFaultStack('ffrz', { secondDispatch: true });
  }, 180_000);
  afterAll(async () => {
    await faults?.stop();
  }, 120_000);

  it('SIGSTOP past the ack wait, then SIGCONT: nothing lost, doubled or unexpected', async () => {
    await expectNoAnomalies(faults.target, freezeReplica(faults));
  }, SCENARIO_TIMEOUT_MS(FAULT_RUNS));
});
