import type { EntityManager } from 'typeorm';
import { countMonth, type MonthCount } from './count-month';
import { readMonthFacts } from './month-facts.reader';

/**
 * A month's counts per unit, kept as a read model (docs/adr/0017). The fact tables' triggers note
 * every month a write touched in `month_changes`; a month with noted changes, or never counted, is
 * recounted from its facts here — the one recompute path — and stored, so a month nobody changed
 * is read in O(units).
 *
 * The changes are deleted before the facts are read: a write committed before the delete is in
 * the facts read after it, and one committed later leaves its own change behind for the next
 * reader. Two readers of one month queue on the deleted rows and the second reads the first's count.
 */
export async function monthCount(manager: EntityManager, tenantId: string, month: string): Promise<MonthCount> {
  const [{ changes }] = await manager.query(
    `with noted as (delete from reporting.month_changes where tenant_id = $1 and month = $2 returning 1) select count(*)::int as changes from noted`,
    [tenantId, month],
  );
  if (changes === 0) {
    const [stored] = await manager.query(`select counted from reporting.month_counts where tenant_id = $1 and month = $2`, [tenantId, month]);
    if (stored) return stored.counted as MonthCount;
  }
  return recountMonth(manager, tenantId, month);
}

/** Counts the month from its facts and stores the count. */
export async function recountMonth(manager: EntityManager, tenantId: string, month: string): Promise<MonthCount> {
  const facts = await readMonthFacts(manager, tenantId, month);
  const count = countMonth(facts.assignments, facts.outcomes, facts.exclusions);
  await manager.query(
    `insert into reporting.month_counts (tenant_id, month, counted, computed_at) values ($1, $2, $3::jsonb, now())
     on conflict (tenant_id, month) do update set counted = excluded.counted, computed_at = excluded.computed_at`,
    [tenantId, month, JSON.stringify(count)],
  );
  return count;
}

/** The months of a district with changes not yet counted, oldest first (an operator's rebuild counts them all). */
export async function changedMonths(manager: EntityManager, tenantId: string): Promise<string[]> {
  const rows: Array<{ month: string }> = await manager.query(`select distinct month from reporting.month_changes where tenant_id = $1 order by month`, [tenantId]);
  return rows.map((row) => row.month);
}
