import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@civicloop/contracts';
import { testEvent } from './test-event.fixture';
import type { TenantTransactions } from '@civicloop/persistence';
import { runEventBatch } from './event-batch';
import { EventInbox } from './event-inbox';

const event = (n: number): EventEnvelope => testEvent(n);

/** An inbox table in memory, counting the statements that reach it. */
function inboxWith(alreadyHandled: string[] = []) {
  const rows = new Set(alreadyHandled);
  const statements: number[] = [];
  const manager = {
    query: async (_sql: string, [, , ids]: [string, string, string[]]) => {
      statements.push(ids.length);
      return ids.filter((id) => !rows.has(id) && rows.add(id)).map((id) => ({ event_id: id }));
    },
  } as unknown as EntityManager;
  const transactions = { run: (work: (m: EntityManager) => Promise<unknown>) => work(manager), afterCommit: (effect: () => void) => effect() } as unknown as TenantTransactions;
  return { inbox: new EventInbox(transactions, 'intake', 'intake'), statements };
}

describe('the inbox of a batch of events', () => {
  it('claims the rows of the whole batch in one statement, and applies each event once', async () => {
    const { inbox, statements } = inboxWith();
    const batch = [event(1), event(2), event(3)];
    const applied: string[] = [];
    await runEventBatch(batch, async () => {
      for (const member of batch) await inbox.handleOnce(member, async () => void applied.push(member.eventId));
    });
    expect(statements).toEqual([3]);
    expect(applied).toEqual(batch.map((member) => member.eventId));
  });

  it('skips an event handled before, and a duplicate delivered twice in the same batch', async () => {
    const { inbox } = inboxWith([event(1).eventId]);
    const batch = [event(1), event(2), event(2)];
    const applied: string[] = [];
    await runEventBatch(batch, async () => {
      for (const member of batch) await inbox.handleOnce(member, async () => void applied.push(member.eventId));
    });
    expect(applied).toEqual([event(2).eventId]);
  });

  it('claims one row per event outside a batch', async () => {
    const { inbox, statements } = inboxWith();
    expect(await inbox.handleOnce(event(1), async () => undefined)).toBe(true);
    expect(await inbox.handleOnce(event(1), async () => undefined)).toBe(false);
    expect(statements).toEqual([1, 1]);
  });
});
