import { describeClosedLoop } from '../support/api/closed-loop-scenarios';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';

jest.setTimeout(120_000);

describe('the closed loop in the distributed mode (five processes, PostgreSQL, JetStream)', () => {
  let stack: DistributedStack;

  beforeAll(async () => {
    stack = await startDistributedStack('loop');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describeClosedLoop(() => stack.gatewayUrl);
});
