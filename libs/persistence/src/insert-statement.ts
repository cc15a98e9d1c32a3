import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** TypeORM's INSERT of an entity as SQL and parameters, to send together with other writes in one statement. */
export function insertStatementOf<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, entity: T): { sql: string; values: unknown[] } {
  const [sql, values] = manager.createQueryBuilder().insert().into(target).values(entity).getQueryAndParameters();
  return { sql, values };
}
