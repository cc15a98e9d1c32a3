import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@civicloop/contracts';
import { testEvent } from './test-event.fixture';
import { BatchReadAhead } from './batch-read-ahead';
import { runEventBatch } from './event-batch';

const event = (n: number, requestId: string, tenantId = 'district-a'): EventEnvelope => testEvent(n, { tenantId, aggregateId: requestId, data: { requestId } });

interface Row {
  id: string;
  status: string;
}

/** A table in memory, recording which keys each statement asked for. */
function tableWith(ids: string[]) {
  const rows = new Map(ids.map((id) => [id, { id, status: 'dispatched' }]));
  const reads: Array<{ tenantId: string; keys: string[] }> = [];
  const readAhead = new BatchReadAhead<Row>(
    'test.rows',
    (member) => (member.data as { requestId?: string }).requestId,
    async (_manager, tenantId, keys) => {
      reads.push({ tenantId, keys });
      return new Map(keys.filter((key) => rows.has(key)).map((key) => [key, { ...rows.get(key)! }]));
    },
  );
  return { readAhead, reads, manager: {} as EntityManager };
}

describe('rows read ahead for a batch of events', () => {
  it('are read for every event of the district in one statement, once per batch', async () => {
    const { readAhead, reads, manager } = tableWith(['r-1', 'r-2']);
    const batch = [event(1, 'r-1'), event(2, 'r-2'), event(3, 'r-1'), event(4, 'r-9', 'district-b')];
    const seen: Array<string | undefined> = [];
    await runEventBatch(batch, async () => {
      for (const member of batch.slice(0, 3)) seen.push((await readAhead.rowFor(manager, member))?.id);
    });
    expect(reads).toEqual([{ tenantId: 'district-a', keys: ['r-1', 'r-2'] }]);
    expect(seen).toEqual(['r-1', 'r-2', 'r-1']);
  });

  it('hand a later event of the batch the row as an earlier one changed it', async () => {
    const { readAhead, manager } = tableWith(['r-1']);
    const batch = [event(1, 'r-1'), event(2, 'r-1')];
    let later: Row | undefined;
    await runEventBatch(batch, async () => {
      (await readAhead.rowFor(manager, batch[0]))!.status = 'signed';
      later = await readAhead.rowFor(manager, batch[1]);
    });
    expect(later?.status).toBe('signed');
  });

  it('find a row an earlier event of the batch inserted, and no row for a key without one', async () => {
    const { readAhead, manager } = tableWith([]);
    const batch = [event(1, 'r-1'), event(2, 'r-1'), event(3, 'r-2')];
    const found: Array<Row | undefined> = [];
    await runEventBatch(batch, async () => {
      expect(await readAhead.rowFor(manager, batch[0])).toBeUndefined();
      readAhead.remember(batch[0], { id: 'r-1', status: 'dispatched' });
      found.push(await readAhead.rowFor(manager, batch[1]), await readAhead.rowFor(manager, batch[2]));
    });
    expect(found).toEqual([{ id: 'r-1', status: 'dispatched' }, undefined]);
  });

  it('read the event’s own row outside a batch, every time', async () => {
    const { readAhead, reads, manager } = tableWith(['r-1']);
    await readAhead.rowFor(manager, event(1, 'r-1'));
    await readAhead.rowFor(manager, event(1, 'r-1'));
    expect(reads).toEqual([
      { tenantId: 'district-a', keys: ['r-1'] },
      { tenantId: 'district-a', keys: ['r-1'] },
    ]);
  });

  it('read the rows again after a handler wrote them by other means', async () => {
    const { readAhead, reads, manager } = tableWith(['r-1']);
    const batch = [event(1, 'r-1'), event(2, 'r-1')];
    await runEventBatch(batch, async () => {
      await readAhead.rowFor(manager, batch[0]);
      readAhead.discard(batch[0]);
      await readAhead.rowFor(manager, batch[1]);
    });
    expect(reads).toHaveLength(2);
  });
});
