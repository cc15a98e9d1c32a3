import type { EventEnvelope } from '@civicloop/contracts';
import { testEvent } from '../inbox/test-event.fixture';
import type { DeadLetterSink } from '../inbox/dead-letters';
import { InProcessBroker } from './in-process-broker';

const event = (n: number, tenantId: string): EventEnvelope => testEvent(n, { tenantId, type: 'request.registered', aggregateId: `r-${n}` });

const noDeadLetters = { record: async () => undefined } as unknown as DeadLetterSink;

function consumerOf(broker: InProcessBroker, batchSucceeds: boolean) {
  const batches: string[][] = [];
  const alone: string[] = [];
  broker.addConsumer('dispatch', {
    eventTypes: new Set(['request.registered']),
    handle: async (member) => void alone.push(member.eventId.slice(-1)),
    handleBatch: async (members) => {
      batches.push(members.map((member) => member.eventId.slice(-1)));
      return batchSucceeds;
    },
    deadLetters: noDeadLetters,
  });
  return { batches, alone };
}

describe('the in-process broker', () => {
  it('hands a consumer the relay’s events of each district in one batch, a district’s only event alone', async () => {
    const broker = new InProcessBroker();
    const { batches, alone } = consumerOf(broker, true);
    await broker.publish([event(1, 'district-a'), event(2, 'district-b'), event(3, 'district-a')]);
    expect(batches).toEqual([['1', '3']]);
    expect(alone).toEqual(['2']);
  });

  it('delivers each event of a batch that rolled back on its own', async () => {
    const broker = new InProcessBroker();
    const { batches, alone } = consumerOf(broker, false);
    await broker.publish([event(1, 'district-a'), event(2, 'district-a')]);
    expect(batches).toEqual([['1', '2']]);
    expect(alone.sort()).toEqual(['1', '2']);
  });
});
