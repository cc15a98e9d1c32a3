import type { EntityManager } from 'typeorm';
import { CalendarYearRow } from '../districts/calendar-year.entity';
import { District } from '../districts/district.entity';
import { Assignment } from '../assignments/assignment.entity';
import { Area } from './area.entity';
import { CatalogueRuleRow } from './catalogue-rule.entity';
import { Category } from './category.entity';
import { SnapshotMemoSubscriber } from './snapshot-memo.subscriber';
import { Unit } from './unit.entity';

/** A transaction's own write of reference data, or the end of a transaction or savepoint, makes it ask for the snapshot again; other writes do not. */
describe('a transaction that writes reference data, or ends, reads its snapshot again', () => {
  const manager = {} as EntityManager;
  const event = (target: unknown) => ({ metadata: { target }, manager }) as never;

  it.each([District, CalendarYearRow, Unit, Area, Category, CatalogueRuleRow])('forgets what the transaction checked after it writes %p', (entity) => {
    const wrote = jest.fn();
    const subscriber = new SnapshotMemoSubscriber(wrote);
    subscriber.afterInsert(event(entity));
    subscriber.afterUpdate(event(entity));
    subscriber.afterRemove(event(entity));
    expect(wrote.mock.calls).toEqual([[manager], [manager], [manager]]);
  });

  it('forgets it when the transaction commits or rolls back, a savepoint included', () => {
    const forget = jest.fn();
    const subscriber = new SnapshotMemoSubscriber(forget);
    subscriber.afterTransactionCommit({ manager } as never);
    subscriber.afterTransactionRollback({ manager } as never);
    expect(forget.mock.calls).toEqual([[manager], [manager]]);
  });

  it('keeps it across the transaction’s other writes (an assignment, its timers, its outbox row)', () => {
    const wrote = jest.fn();
    const subscriber = new SnapshotMemoSubscriber(wrote);
    subscriber.afterInsert(event(Assignment));
    subscriber.afterUpdate(event(Assignment));
    expect(wrote).not.toHaveBeenCalled();
  });
});
