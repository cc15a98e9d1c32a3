import { assertValidCounts, UnitMonthCounts } from './unit-month-counts';

/** A district's weights for the composite index; the three part weights need not add up to 1. */
export interface CompositeWeights {
  response: number;
  resolution: number;
  satisfaction: number;
  /** How much a "basically satisfied" (基本满意) answer counts against a "satisfied" one, 0..1. */
  basicallySatisfiedWeight: number;
}

/** A published example: 0.1 response, 0.5 resolution, 0.4 satisfaction, basically satisfied at 0.9. */
export const DEFAULT_COMPOSITE_WEIGHTS: CompositeWeights = Object.freeze({
  response: 0.1,
  resolution: 0.5,
  satisfaction: 0.4,
  basicallySatisfiedWeight: 0.9,
});

function assertValidWeights(w: CompositeWeights): void {
  for (const field of ['response', 'resolution', 'satisfaction'] as const) {
    if (!Number.isFinite(w[field]) || w[field] < 0) {
      throw new RangeError(`the ${field} weight must be a non-negative number, not ${w[field]}`);
    }
  }
  if (w.response + w.resolution + w.satisfaction === 0) {
    throw new RangeError('at least one of the response, resolution and satisfaction weights must be above 0');
  }
  if (!(w.basicallySatisfiedWeight >= 0 && w.basicallySatisfiedWeight <= 1)) {
    throw new RangeError(`the basically-satisfied weight must lie between 0 and 1, not ${w.basicallySatisfiedWeight}`);
  }
}

/**
 * The weighted mean of the parts that have something to count, 0..1. A unit with no orders this
 * month is judged on its callbacks alone (and vice versa) rather than scored 0 for the empty part;
 * null when no weighted part has anything to count.
 */
export function compositeIndex(c: UnitMonthCounts, w: CompositeWeights = DEFAULT_COMPOSITE_WEIGHTS): number | null {
  assertValidCounts(c);
  assertValidWeights(w);
  const parts: Array<{ weight: number; value: number }> = [];
  if (c.dispatched > 0) {
    parts.push({ weight: w.response, value: c.signedOnTime / c.dispatched });
  }
  if (c.validCallbacks > 0) {
    parts.push({ weight: w.resolution, value: c.solved / c.validCallbacks });
    parts.push({ weight: w.satisfaction, value: (c.satisfied + w.basicallySatisfiedWeight * c.basicallySatisfied) / c.validCallbacks });
  }
  const totalWeight = parts.reduce((sum, part) => sum + part.weight, 0);
  if (totalWeight === 0) return null;
  return parts.reduce((sum, part) => sum + part.weight * part.value, 0) / totalWeight;
}
