import fc from 'fast-check';
import { compositeIndex, DEFAULT_COMPOSITE_WEIGHTS, type CompositeWeights } from './composite-index';
import { rankUnits } from './rank-units';
import { threeRates } from './three-rates';
import type { UnitMonthCounts } from './unit-month-counts';

/** Fixed seed and bounded runs: the same cases every time, fast enough for every CI run. */
const RUNS = { seed: 20261124, numRuns: 300 };

/** Counts that can be true: nobody signs more orders than they got, nor answers more callbacks than were made. */
const countsArb: fc.Arbitrary<UnitMonthCounts> = fc
  .record({ dispatched: fc.nat(200), validCallbacks: fc.nat(200), signed: fc.double({ min: 0, max: 1, noNaN: true }), solved: fc.double({ min: 0, max: 1, noNaN: true }), happy: fc.double({ min: 0, max: 1, noNaN: true }), split: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ dispatched, validCallbacks, signed, solved, happy, split }) => {
    const content = Math.floor(validCallbacks * happy);
    const satisfied = Math.floor(content * split);
    return { dispatched, signedOnTime: Math.floor(dispatched * signed), validCallbacks, solved: Math.floor(validCallbacks * solved), satisfied, basicallySatisfied: content - satisfied };
  });
const weightsArb: fc.Arbitrary<CompositeWeights> = fc
  .record({ response: fc.integer({ min: 0, max: 10 }), resolution: fc.integer({ min: 0, max: 10 }), satisfaction: fc.integer({ min: 1, max: 10 }), basicallySatisfiedWeight: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map((w) => ({ ...w, response: w.response / 10, resolution: w.resolution / 10, satisfaction: w.satisfaction / 10 }));
const inUnitInterval = (value: number | null) => value === null || (value >= 0 && value <= 1);
const times = (c: UnitMonthCounts, k: number): UnitMonthCounts => ({
  dispatched: c.dispatched * k,
  signedOnTime: c.signedOnTime * k,
  validCallbacks: c.validCallbacks * k,
  solved: c.solved * k,
  satisfied: c.satisfied * k,
  basicallySatisfied: c.basicallySatisfied * k,
});

describe('the rate maths on any counts that can be true (property)', () => {
  it('gives rates between 0 and 1, and null exactly when there was nothing to count', () => {
    fc.assert(
      fc.property(countsArb, (counts) => {
        const rates = threeRates(counts);
        expect(Object.values(rates).every(inUnitInterval)).toBe(true);
        expect(rates.responseRate === null).toBe(counts.dispatched === 0);
        expect(rates.resolutionRate === null).toBe(counts.validCallbacks === 0);
        expect(rates.satisfactionRate === null).toBe(counts.validCallbacks === 0);
      }),
      RUNS,
    );
  });

  it('keeps the composite index between the lowest and the highest of the parts it weighs', () => {
    fc.assert(
      fc.property(countsArb, weightsArb, (counts, weights) => {
        const index = compositeIndex(counts, weights);
        expect(inUnitInterval(index)).toBe(true);
        if (index === null) return;
        const rates = threeRates(counts);
        const weighted = counts.validCallbacks > 0 ? (counts.satisfied + weights.basicallySatisfiedWeight * counts.basicallySatisfied) / counts.validCallbacks : null;
        const parts = [rates.responseRate, rates.resolutionRate, weighted].filter((part): part is number => part !== null);
        expect(index).toBeGreaterThanOrEqual(Math.min(...parts) - 1e-12);
        expect(index).toBeLessThanOrEqual(Math.max(...parts) + 1e-12);
      }),
      RUNS,
    );
  });

  it('gives the same rates and rank to the same performance at any volume', () => {
    fc.assert(
      fc.property(countsArb, fc.integer({ min: 2, max: 50 }), (counts, k) => {
        const small = threeRates(counts);
        const large = threeRates(times(counts, k));
        for (const key of Object.keys(small) as Array<keyof typeof small>) {
          if (small[key] === null) expect(large[key]).toBeNull();
          else expect(large[key]).toBeCloseTo(small[key], 12);
        }
        const [first, second] = rankUnits([
          { unitCode: 'a', counts },
          { unitCode: 'b', counts: times(counts, k) },
        ]);
        expect(first.rank).toBe(second.rank);
      }),
      RUNS,
    );
  });

  it('ranks a better composite index higher, equal ones equal, and units with nothing to assess last', () => {
    fc.assert(
      fc.property(fc.array(countsArb, { minLength: 1, maxLength: 12 }), (all) => {
        const ranked = rankUnits(all.map((counts, i) => ({ unitCode: `u${String(i).padStart(2, '0')}`, counts })), DEFAULT_COMPOSITE_WEIGHTS);
        expect(ranked).toHaveLength(all.length);
        for (let i = 1; i < ranked.length; i += 1) {
          const [above, below] = [ranked[i - 1], ranked[i]];
          expect(above.rank).toBeLessThanOrEqual(below.rank);
          if (above.index === null) expect(below.index).toBeNull();
          else if (below.index !== null) expect(above.index).toBeGreaterThanOrEqual(below.index - 1e-12);
          if (above.rank === below.rank) expect(above.index === null ? null : Math.round(above.index * 1e12)).toBe(below.index === null ? null : Math.round(below.index * 1e12));
          else expect(below.rank).toBe(i + 1);
        }
      }),
      RUNS,
    );
  });
});
