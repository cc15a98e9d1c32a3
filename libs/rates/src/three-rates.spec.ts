import { threeRates } from './three-rates';
import { UnitMonthCounts } from './unit-month-counts';

const counts = (overrides: Partial<UnitMonthCounts>): UnitMonthCounts => ({
  dispatched: 0,
  signedOnTime: 0,
  validCallbacks: 0,
  solved: 0,
  satisfied: 0,
  basicallySatisfied: 0,
  ...overrides,
});

describe('the three rates (三率)', () => {
  it('divides signed on time by dispatched, solved and satisfied by valid callbacks', () => {
    expect(threeRates(counts({ dispatched: 10, signedOnTime: 9, validCallbacks: 8, solved: 6, satisfied: 5, basicallySatisfied: 2 }))).toEqual({
      responseRate: 0.9,
      resolutionRate: 0.75,
      satisfactionRate: 0.875,
    });
  });

  it('counts "basically satisfied" fully in the satisfaction rate', () => {
    expect(threeRates(counts({ validCallbacks: 4, basicallySatisfied: 4 })).satisfactionRate).toBe(1);
  });

  it('does not round', () => {
    expect(threeRates(counts({ dispatched: 3, signedOnTime: 1 })).responseRate).toBe(1 / 3);
  });

  it('gives no response rate for a month without orders', () => {
    expect(threeRates(counts({ validCallbacks: 2, solved: 1, satisfied: 1 }))).toEqual({ responseRate: null, resolutionRate: 0.5, satisfactionRate: 0.5 });
  });

  it('gives no resolution or satisfaction rate for a month without valid callbacks', () => {
    expect(threeRates(counts({ dispatched: 4, signedOnTime: 0 }))).toEqual({ responseRate: 0, resolutionRate: null, satisfactionRate: null });
  });

  it('refuses impossible counts', () => {
    expect(() => threeRates(counts({ dispatched: 1, signedOnTime: 2 }))).toThrow(RangeError);
  });
});
