import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@civicloop/contracts';
import { testEvent } from './test-event.fixture';
import { BatchWriteBehind } from './batch-write-behind';
import { runEventBatch } from './event-batch';

const event = (n: number): EventEnvelope => testEvent(n, { type: 'assignment.signed' });

function historyWriter() {
  const statements: Array<{ tenantId: string; rows: string[] }> = [];
  const writer = new BatchWriteBehind<string[]>(
    'test.history',
    () => [],
    async (_manager, tenantId, rows) => void statements.push({ tenantId, rows: [...rows] }),
  );
  return { writer, statements, manager: {} as EntityManager };
}

describe('writes left for the end of a batch', () => {
  it('go in one statement once every handler is done, before the batch’s work ends', async () => {
    const { writer, statements, manager } = historyWriter();
    const batch = [event(1), event(2), event(3)];
    const seenWhileHandling: number[] = [];
    await runEventBatch(batch, async () => {
      for (const member of batch) {
        await writer.record(manager, member, (rows) => rows.push(member.eventId.slice(-1)));
        seenWhileHandling.push(statements.length);
      }
    });
    expect(seenWhileHandling).toEqual([0, 0, 0]);
    expect(statements).toEqual([{ tenantId: 'district-a', rows: ['1', '2', '3'] }]);
  });

  it('are not gathered outside a batch: the handler’s own go in the same statement at once', async () => {
    const { writer, statements, manager } = historyWriter();
    await writer.record(manager, event(1), (rows) => rows.push('1'));
    expect(statements).toEqual([{ tenantId: 'district-a', rows: ['1'] }]);
  });

  it('are never sent when a handler of the batch fails', async () => {
    const { writer, statements, manager } = historyWriter();
    const batch = [event(1), event(2)];
    await expect(
      runEventBatch(batch, async () => {
        await writer.record(manager, batch[0], (rows) => rows.push('1'));
        throw new Error('event 2 arrived early');
      }),
    ).rejects.toThrow('arrived early');
    expect(statements).toEqual([]);
  });
});
