import type { EntityManager } from 'typeorm';
import { CalendarYearRow } from '../districts/calendar-year.entity';
import { District } from '../districts/district.entity';
import { Assignment } from '../assignments/assignment.entity';
import { Area } from './area.entity';
import { CatalogueRuleRow } from './catalogue-rule.entity';
import { Category } from './category.entity';
import { ReferenceWritesSubscriber } from './reference-writes.subscriber';
import { Unit } from './unit.entity';

/** A transaction's own write of reference data makes it ask for the district's snapshot again; other writes do not. */
describe('a transaction that writes reference data reads its snapshot again', () => {
  const manager = {} as EntityManager;
  const event = (target: unknown) => ({ metadata: { target }, manager }) as never;

  it.each([District, CalendarYearRow, Unit, Area, Category, CatalogueRuleRow])('forgets what the transaction checked after it writes %p', (entity) => {
    const wrote = jest.fn();
    const subscriber = new ReferenceWritesSubscriber(wrote);
    subscriber.afterInsert(event(entity));
    subscriber.afterUpdate(event(entity));
    subscriber.afterRemove(event(entity));
    expect(wrote.mock.calls).toEqual([[manager], [manager], [manager]]);
  });

  it('keeps it across the transaction’s other writes (an assignment, its timers, its outbox row)', () => {
    const wrote = jest.fn();
    const subscriber = new ReferenceWritesSubscriber(wrote);
    subscriber.afterInsert(event(Assignment));
    subscriber.afterUpdate(event(Assignment));
    expect(wrote).not.toHaveBeenCalled();
  });
});
