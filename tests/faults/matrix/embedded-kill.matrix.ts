import { startEmbeddedTarget, type EmbeddedTarget } from '../harness/embedded-target';
import { expectNoAnomalies, FAULT_RUNS, SCENARIO_TIMEOUT_MS } from '../harness/fault-suite';
import { killService } from '../harness/scenarios';

/** The kill scenario against `npm start`'s one process (embedded PostgreSQL, in-process broker). */
describe('kill -9 of the embedded process', () => {
  let embedded: EmbeddedTarget;
  beforeAll(async () => {
    embedded = await startEmbeddedTarget();
  }, 180_000);
  afterAll(async () => {
    await embedded?.stop();
  }, 120_000);

  it('kill -9 npm start, start again: nothing lost, doubled or unexpected', async () => {
    await expectNoAnomalies(embedded.target, killService(embedded.process, 'embedded (npm start)'));
  }, SCENARIO_TIMEOUT_MS(FAULT_RUNS));
});
