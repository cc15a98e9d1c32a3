import { SERVICES } from '../../support/stack/distributed-stack';
import { expectNoAnomalies, FAULT_RUNS, SCENARIO_TIMEOUT_MS } from '../harness/fault-suite';
import { startFaultStack, type FaultStack } from '../harness/fault-stack';
import { killService } from '../harness/scenarios';

/** 1. kill -9 each service in turn mid-load, started again after a few seconds. */
describe('kill -9 of each service mid-load', () => {
  let faults: FaultStack;
  beforeAll(async () => {
    faults = await startFaultStack('fkill');
  }, 180_000);
  afterAll(async () => {
    await faults?.stop();
  }, 120_000);

  for (const service of SERVICES) {
    it(`kill -9 ${service}: nothing lost, doubled or unexpected`, async () => {
      await expectNoAnomalies(faults.target, killService(faults.processes[service], service));
    }, SCENARIO_TIMEOUT_MS(FAULT_RUNS));
  }
});
