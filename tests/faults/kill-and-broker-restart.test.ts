import { expectNoAnomalies } from './harness/fault-suite';
import { startFaultStack, type FaultStack } from './harness/fault-stack';
import { killService, restartBroker } from './harness/scenarios';

jest.setTimeout(240_000);

/**
 * CI's share of the fault matrix (the whole of it: `npm run test:faults`): one kill -9 and one
 * broker restart under a client that logs every command, once each, then the count — nothing
 * acknowledged lost, nothing applied twice, nothing nobody asked for.
 */
describe('faults under load (CI: one kill, one broker restart)', () => {
  let faults: FaultStack;
  const short = { warmUpMs: 4_000, afterHealMs: 6_000, drainMs: 60_000 };

  beforeAll(async () => {
    faults = await startFaultStack('faultci');
  });

  afterAll(async () => {
    await faults?.stop();
  });

  it('kill -9 of dispatch mid-load loses and doubles nothing', async () => {
    await expectNoAnomalies(faults.target, killService(faults.processes.dispatch, 'dispatch'), 1, short);
  });

  it('nats-server stopped and started again mid-load loses and doubles nothing', async () => {
    await expectNoAnomalies(faults.target, restartBroker(faults), 1, short);
  });
});
