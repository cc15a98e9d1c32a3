import type { EntityManager, EntitySubscriberInterface, InsertEvent, RemoveEvent, UpdateEvent } from 'typeorm';
import { CalendarYearRow } from '../districts/calendar-year.entity';
import { District } from '../districts/district.entity';
import { Area } from './area.entity';
import { CatalogueRuleRow } from './catalogue-rule.entity';
import { Category } from './category.entity';
import { Unit } from './unit.entity';

/** The tables a district snapshot is read from (each has the version trigger, migration 1765000000330). */
export const REFERENCE_ENTITIES: ReadonlySet<unknown> = new Set([District, CalendarYearRow, Unit, Area, Category, CatalogueRuleRow]);

/**
 * Tells the snapshot service when a transaction writes reference data through TypeORM (save,
 * insert, update, delete, upsert all announce themselves), so a snapshot that transaction already
 * read is asked for again: the version trigger has moved, and the next read sees the write.
 */
export class ReferenceWritesSubscriber implements EntitySubscriberInterface {
  constructor(private readonly wrote: (manager: EntityManager) => void) {}

  afterInsert(event: InsertEvent<unknown>): void {
    this.check(event.metadata.target, event.manager);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    this.check(event.metadata.target, event.manager);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.check(event.metadata.target, event.manager);
  }

  private check(target: unknown, manager: EntityManager): void {
    if (REFERENCE_ENTITIES.has(target)) this.wrote(manager);
  }
}
