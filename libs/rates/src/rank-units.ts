import { compositeIndex, CompositeWeights, DEFAULT_COMPOSITE_WEIGHTS } from './composite-index';
import { UnitMonthCounts } from './unit-month-counts';

export type RankedUnit<T> = T & { rank: number; index: number | null };

/**
 * Equal indices can differ in the last bits of floating point (one unit's counts and the same
 * counts tripled give 0.72 and 0.7200000000000001), so ranking compares them at 12 decimals; the
 * unrounded index is kept in the result.
 */
const TIE_SCALE = 1e12;
const tieKey = (index: number | null) => (index === null ? null : Math.round(index * TIE_SCALE));

/**
 * A monthly ranking: best composite index first, units with nothing to assess last. Equal indices
 * share a rank and the next rank skips (1, 1, 3), as in published rankings; the unit code orders
 * ties so the same data always prints in the same order.
 */
export function rankUnits<T extends { unitCode: string; counts: UnitMonthCounts }>(
  rows: T[],
  w: CompositeWeights = DEFAULT_COMPOSITE_WEIGHTS,
): Array<RankedUnit<T>> {
  const scored = rows.map((row) => {
    const index = compositeIndex(row.counts, w);
    return { row, index, key: tieKey(index) };
  });
  scored.sort((a, b) => {
    if (a.key !== b.key) {
      if (a.key === null) return 1;
      if (b.key === null) return -1;
      return b.key - a.key;
    }
    return a.row.unitCode < b.row.unitCode ? -1 : a.row.unitCode > b.row.unitCode ? 1 : 0;
  });
  let rank = 0;
  return scored.map((entry, position) => {
    if (position === 0 || entry.key !== scored[position - 1].key) rank = position + 1;
    return { ...entry.row, rank, index: entry.index };
  });
}
