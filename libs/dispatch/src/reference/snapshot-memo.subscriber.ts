import type { EntityManager, EntitySubscriberInterface, InsertEvent, RemoveEvent, TransactionCommitEvent, TransactionRollbackEvent, UpdateEvent } from 'typeorm';
import { CalendarYearRow } from '../districts/calendar-year.entity';
import { District } from '../districts/district.entity';
import { Area } from './area.entity';
import { CatalogueRuleRow } from './catalogue-rule.entity';
import { Category } from './category.entity';
import { Unit } from './unit.entity';

/** The tables a district snapshot is read from (each has the version trigger, migration 1765000000330). */
export const REFERENCE_ENTITIES: ReadonlySet<unknown> = new Set([District, CalendarYearRow, Unit, Area, Category, CatalogueRuleRow]);

/**
 * Tells the snapshot service when what a transaction checked may no longer hold: it wrote reference
 * data through TypeORM (save, insert, update, delete, upsert all announce themselves; the version
 * trigger has moved, so the next read sees the write), or it committed or rolled back (a savepoint
 * too: a write undone by it must not stay in what the transaction reads).
 */
export class SnapshotMemoSubscriber implements EntitySubscriberInterface {
  constructor(private readonly forget: (manager: EntityManager) => void) {}

  afterInsert(event: InsertEvent<unknown>): void {
    this.check(event.metadata.target, event.manager);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    this.check(event.metadata.target, event.manager);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.check(event.metadata.target, event.manager);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    this.forget(event.manager);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.forget(event.manager);
  }

  private check(target: unknown, manager: EntityManager): void {
    if (REFERENCE_ENTITIES.has(target)) this.forget(manager);
  }
}
