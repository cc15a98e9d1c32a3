import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { SqlStatement } from './combined-statement';

/** What a TypeORM query builder would send, without sending it: to go with other writes in one statement. */
export function statementOf(builder: { getQueryAndParameters(): [string, unknown[]] }): SqlStatement {
  const [sql, values] = builder.getQueryAndParameters();
  return { sql, values };
}

/** TypeORM's INSERT of an entity (or several rows), not yet sent. */
export function insertStatementOf<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: T | T[]): SqlStatement {
  return statementOf(manager.createQueryBuilder().insert().into(target).values(rows));
}
