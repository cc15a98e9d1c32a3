import { expectNoAnomalies, FAULT_RUNS, SCENARIO_TIMEOUT_MS } from '../harness/fault-suite';
import { startFaultStack, type FaultStack } from '../harness/fault-stack';
import { crashInWindow } from '../harness/scenarios';

/** 7. A crash in the two windows where a careless system loses or doubles events, under load. */
describe('crashes in the event path under load', () => {
  let faults: FaultStack;
  beforeAll(async () => {
    faults = await startFaultStack('fwin');
  }, 180_000);
  afterAll(async () => {
    await faults?.stop();
  }, 120_000);

  it('the intake relay killed between publishing and marking rows: nothing lost, doubled or unexpected', async () => {
    await expectNoAnomalies(faults.target, crashInWindow(faults.processes.intake, 'intake', 'relay-after-publish'));
  }, SCENARIO_TIMEOUT_MS(FAULT_RUNS));

  it('dispatch killed between its commit and its ack: nothing lost, doubled or unexpected', async () => {
    await expectNoAnomalies(faults.target, crashInWindow(faults.processes.dispatch, 'dispatch', 'consumer-after-commit'));
  }, SCENARIO_TIMEOUT_MS(FAULT_RUNS));

  it('feedback killed between its commit and its ack: nothing lost, doubled or unexpected', async () => {
    await expectNoAnomalies(faults.target, crashInWindow(faults.processes.feedback, 'feedback', 'consumer-after-commit'));
  }, SCENARIO_TIMEOUT_MS(FAULT_RUNS));
});
