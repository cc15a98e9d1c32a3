/** A statement and its parameters, numbered from $1. */
export interface SqlStatement {
  sql: string;
  values: unknown[];
}

/**
 * Several writes sent as one statement, one round trip: all but the last as data-modifying WITHs,
 * the last as the main statement. PostgreSQL runs them all to the end, on one snapshot, so none may
 * read another's rows (a foreign key to a row written in the same statement still holds: it is
 * checked when the statement ends). Parameters are renumbered: the SQL is generated code whose only
 * `$` are parameters.
 */
export function combinedStatement(writes: SqlStatement[]): SqlStatement {
  if (writes.length === 0) throw new Error('combinedStatement: nothing to write');
  const values: unknown[] = [];
  const statements = writes.map((write) => shiftParameters(write.sql, values.push(...write.values) - write.values.length));
  const main = statements.pop()!;
  return { sql: statements.length === 0 ? main : `with ${statements.map((sql, i) => `write_${i} as (${sql})`).join(', ')} ${main}`, values };
}

function shiftParameters(sql: string, offset: number): string {
  return offset === 0 ? sql : sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}
