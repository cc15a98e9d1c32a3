import type { EntityManager } from 'typeorm';
import type { CompositeWeights } from '@civicloop/rates';
import { countMonth } from './count-month';
import { levelTable, type RatesLevel } from './level-tables';
import { readMonthFacts } from './month-facts.reader';
import type { UnitTree } from './unit-tree';

/** One month counted from its facts: the table of each level asked for, and what was excluded. */
export async function assessMonth(manager: EntityManager, tenantId: string, month: string, tree: UnitTree, weights: CompositeWeights, levels: readonly RatesLevel[]) {
  const facts = await readMonthFacts(manager, tenantId, month);
  const count = countMonth(facts.assignments, facts.outcomes, facts.exclusions);
  const tables = Object.fromEntries(levels.map((level) => [level, levelTable(level, count, tree, weights)])) as Record<RatesLevel, ReturnType<typeof levelTable>>;
  return { tables, excluded: count.excluded };
}
