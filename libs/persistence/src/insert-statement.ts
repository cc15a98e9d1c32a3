import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** TypeORM's INSERT of an entity (or several rows) as SQL and parameters, to send together with other writes in one statement. */
export function insertStatementOf<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: T | T[]): { sql: string; values: unknown[] } {
  const [sql, values] = manager.createQueryBuilder().insert().into(target).values(rows).getQueryAndParameters();
  return { sql, values };
}
