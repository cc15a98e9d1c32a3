import type { EntityManager } from 'typeorm';
import { combinedStatement, type SqlStatement } from '@civicloop/persistence';

/**
 * Order numbers (工单号) such as `2026-000123`, unique per district and year, from a counter row
 * updated inside the registering transaction: never by scanning requests, which slows as a month
 * fills and hands out duplicates under concurrency. Writes of the caller's may go first in the same
 * statement (a round trip fewer).
 */
export async function nextOrderNumber(manager: EntityManager, tenantId: string, year: number, ...before: SqlStatement[]): Promise<string> {
  const { sql, values } = combinedStatement([
    ...before,
    {
      sql: `insert into intake.order_counters (tenant_id, year, last_value) values ($1, $2, 1)
            on conflict (tenant_id, year) do update set last_value = intake.order_counters.last_value + 1
            returning last_value`,
      values: [tenantId, year],
    },
  ]);
  const [{ last_value: value }] = await manager.query(sql, values);
  return `${year}-${String(value).padStart(6, '0')}`;
}
