import { assertValidCounts, UnitMonthCounts } from './unit-month-counts';

/** Fractions 0..1, unrounded; null when nothing was there to count (no orders, no callbacks). */
export interface ThreeRates {
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
}

const ratio = (numerator: number, denominator: number): number | null => (denominator === 0 ? null : numerator / denominator);

/** The three rates (三率). "Basically satisfied" counts fully here; only the composite index weighs it. */
export function threeRates(c: UnitMonthCounts): ThreeRates {
  assertValidCounts(c);
  return {
    responseRate: ratio(c.signedOnTime, c.dispatched),
    resolutionRate: ratio(c.solved, c.validCallbacks),
    satisfactionRate: ratio(c.satisfied + c.basicallySatisfied, c.validCallbacks),
  };
}
