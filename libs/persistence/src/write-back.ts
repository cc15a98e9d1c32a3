import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { SqlStatement } from './combined-statement';
import { statementOf } from './insert-statement';

/**
 * Writes a loaded (and locked) entity back in one UPDATE by its primary key. TypeORM's save() first
 * reads the row again to find what changed: a round trip per write on the hottest paths (ADR 0023).
 * Every column is written, so the row ends exactly as the entity is, like save() leaves it.
 */
export async function writeBack<T extends ObjectLiteral>(manager: EntityManager, entity: T): Promise<void> {
  const { sql, values } = updateStatementOf(manager, entity);
  const [, affected] = (await manager.query(sql, values)) as [unknown, number];
  if (affected !== 1) throw new Error(`writeBack: ${manager.connection.getMetadata(entity.constructor).name} updated ${affected} rows, not 1`);
}

/** writeBack's UPDATE as SQL and parameters, to send together with other writes in one statement. */
export function updateStatementOf<T extends ObjectLiteral>(manager: EntityManager, entity: T): SqlStatement {
  const metadata = manager.connection.getMetadata(entity.constructor);
  const key = metadata.getEntityIdMap(entity);
  if (!key) throw new Error(`writeBack: ${metadata.name} has no primary key values`);
  const values: ObjectLiteral = {};
  for (const column of metadata.columns) {
    if (!column.isPrimary) values[column.propertyName] = column.getEntityValue(entity);
  }
  return statementOf(manager.createQueryBuilder().update(metadata.target).set(values).where(key));
}
