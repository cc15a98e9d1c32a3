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
        writer.pendingFor(manager, member)!.push(member.eventId.slice(-1));
        seenWhileHandling.push(statements.length);
      }
    });
    expect(seenWhileHandling).toEqual([0, 0, 0]);
    expect(statements).toEqual([{ tenantId: 'district-a', rows: ['1', '2', '3'] }]);
  });

  it('are not gathered outside a batch: the handler writes at once', () => {
    const { writer, manager } = historyWriter();
    expect(writer.pendingFor(manager, event(1))).toBeUndefined();
  });

  it('are never sent when a handler of the batch fails', async () => {
    const { writer, statements, manager } = historyWriter();
    const batch = [event(1), event(2)];
    await expect(
      runEventBatch(batch, async () => {
        writer.pendingFor(manager, batch[0])!.push('1');
        throw new Error('event 2 arrived early');
      }),
    ).rejects.toThrow('arrived early');
    expect(statements).toEqual([]);
  });
});
