import type { CompositeWeights } from '@civicloop/rates';
import { unitMonthTable, type OutcomeTally, type ResponseTally } from '../rates/unit-month-table';
import type { MonthCount } from './count-month';
import type { UnitTree } from './unit-tree';

export type RatesLevel = 'unit' | 'street' | 'district';
export const RATES_LEVELS: readonly RatesLevel[] = ['unit', 'street', 'district'];
/** The one row of the district level: the whole district, every unit's assignments and callbacks. */
export const DISTRICT_ROW = { code: 'district', name: '全区', kind: 'district' } as const;

/** Which rows of a level a unit's counts go into. */
function rowsOf(level: RatesLevel, tree: UnitTree): (unitCode: string) => string[] {
  if (level === 'unit') return (unitCode) => [unitCode];
  if (level === 'street') return (unitCode) => tree.streetsOf(unitCode);
  return () => [DISTRICT_ROW.code];
}

/**
 * One level's table for a month: units, streets (each with the units under it) or the district.
 * Counts are added up before dividing, so a street's rate is its orders' rate, not an average of
 * its units' rates; rows are ranked by composite index within the level.
 */
export function levelTable(level: RatesLevel, count: MonthCount, tree: UnitTree, weights: CompositeWeights) {
  const into = rowsOf(level, tree);
  const responses: ResponseTally[] = count.responses.flatMap((tally) => into(tally.unitCode).map((code) => ({ ...tally, unitCode: code })));
  const outcomes: OutcomeTally[] = count.outcomes.flatMap((tally) => into(tally.unitCode).map((code) => ({ ...tally, unitCode: code })));
  // Every street and the district have a row even in a month with nothing to count.
  const always = level === 'street' ? tree.streets().map((street) => street.code) : level === 'district' ? [DISTRICT_ROW.code] : [];
  for (const code of always) responses.push({ unitCode: code, dispatched: 0, signedOnTime: 0, replied: 0 });

  const excluded = new Map<string, { assignments: number; callbacks: number }>();
  for (const item of count.excluded) {
    for (const code of into(item.unitCode)) {
      const tally = excluded.get(code) ?? excluded.set(code, { assignments: 0, callbacks: 0 }).get(code)!;
      if (item.response) tally.assignments += 1;
      if (item.callback) tally.callbacks += 1;
    }
  }
  return unitMonthTable(responses, outcomes, weights).map(({ unitCode, ...row }) => {
    const node = level === 'district' ? DISTRICT_ROW : tree.node(unitCode);
    return { code: unitCode, name: node.name, kind: node.kind, ...row, excluded: excluded.get(unitCode) ?? { assignments: 0, callbacks: 0 } };
  });
}
export type LevelRow = ReturnType<typeof levelTable>[number];
