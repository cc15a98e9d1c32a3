import type { EntityManager } from 'typeorm';
import type { CompositeWeights } from '@civicloop/rates';
import { levelTable, type RatesLevel } from './level-tables';
import { monthCount } from './month-counts.store';
import type { UnitTree } from './unit-tree';

/** One month counted from its facts (through its stored count when nothing changed since): the table of each level asked for, and what was excluded. */
export async function assessMonth(manager: EntityManager, tenantId: string, month: string, tree: UnitTree, weights: CompositeWeights, levels: readonly RatesLevel[]) {
  const count = await monthCount(manager, tenantId, month);
  const tables = Object.fromEntries(levels.map((level) => [level, levelTable(level, count, tree, weights)])) as Record<RatesLevel, ReturnType<typeof levelTable>>;
  return { tables, excluded: count.excluded };
}
