import { compositeIndex, CompositeWeights, DEFAULT_COMPOSITE_WEIGHTS } from './composite-index';
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
const full = counts({ dispatched: 10, signedOnTime: 9, validCallbacks: 8, solved: 6, satisfied: 5, basicallySatisfied: 2 });

describe('the default composite weights', () => {
  it('are the published example: 0.1 response, 0.5 resolution, 0.4 satisfaction, basically satisfied at 0.9', () => {
    expect(DEFAULT_COMPOSITE_WEIGHTS).toEqual({ response: 0.1, resolution: 0.5, satisfaction: 0.4, basicallySatisfiedWeight: 0.9 });
  });

  it('cannot be changed by a caller', () => {
    expect(() => {
      (DEFAULT_COMPOSITE_WEIGHTS as CompositeWeights).response = 1;
    }).toThrow(TypeError);
  });
});

describe('the composite index with all three parts present', () => {
  it('weighs response, resolution and satisfaction, counting basically satisfied at 0.9', () => {
    // 0.1 × 9/10 + 0.5 × 6/8 + 0.4 × (5 + 0.9 × 2)/8 = 0.09 + 0.375 + 0.34
    expect(compositeIndex(full)).toBeCloseTo(0.805, 12);
  });

  it('is 1 for a unit that signed everything on time and solved and satisfied everyone', () => {
    expect(compositeIndex(counts({ dispatched: 5, signedOnTime: 5, validCallbacks: 5, solved: 5, satisfied: 5 }))).toBeCloseTo(1, 12);
  });

  it('is 0 for a unit that did nothing right', () => {
    expect(compositeIndex(counts({ dispatched: 5, validCallbacks: 5 }))).toBe(0);
  });

  it('uses the district’s own weights, which need not add up to 1', () => {
    const w: CompositeWeights = { response: 1, resolution: 1, satisfaction: 2, basicallySatisfiedWeight: 0.5 };
    // (1 × 0.9 + 1 × 0.75 + 2 × (5 + 0.5 × 2)/8) / 4
    expect(compositeIndex(full, w)).toBeCloseTo((0.9 + 0.75 + 2 * 0.75) / 4, 12);
  });

  it('counts basically satisfied fully when the district sets its weight to 1', () => {
    const w = { ...DEFAULT_COMPOSITE_WEIGHTS, basicallySatisfiedWeight: 1 };
    expect(compositeIndex(full, w)).toBeCloseTo(0.09 + 0.375 + 0.4 * (7 / 8), 12);
  });
});

describe('the composite index with an empty part', () => {
  it('leaves out the response part for a month without orders and renormalises the rest', () => {
    const noOrders = counts({ validCallbacks: 8, solved: 6, satisfied: 5, basicallySatisfied: 2 });
    expect(compositeIndex(noOrders)).toBeCloseTo((0.5 * 0.75 + 0.4 * 0.85) / 0.9, 12);
  });

  it('leaves out resolution and satisfaction for a month without valid callbacks', () => {
    expect(compositeIndex(counts({ dispatched: 4, signedOnTime: 3 }))).toBeCloseTo(0.75, 12);
  });

  it('is null when nothing can be assessed', () => {
    expect(compositeIndex(counts({}))).toBeNull();
  });

  it('is null when the only part present has no weight', () => {
    const responseOnly: CompositeWeights = { response: 1, resolution: 0, satisfaction: 0, basicallySatisfiedWeight: 0.9 };
    expect(compositeIndex(counts({ validCallbacks: 2, solved: 2 }), responseOnly)).toBeNull();
  });
});

describe('refusing what cannot be scored', () => {
  it('refuses impossible counts', () => {
    expect(() => compositeIndex(counts({ validCallbacks: 1, satisfied: 1, basicallySatisfied: 1 }))).toThrow(RangeError);
    expect(() => compositeIndex(counts({ dispatched: -1 }))).toThrow(RangeError);
  });

  it.each([
    ['a negative part weight', { response: -0.1 }],
    ['a non-finite part weight', { satisfaction: Number.NaN }],
    ['all part weights zero', { response: 0, resolution: 0, satisfaction: 0 }],
    ['a basically-satisfied weight above 1', { basicallySatisfiedWeight: 1.1 }],
    ['a negative basically-satisfied weight', { basicallySatisfiedWeight: -0.1 }],
  ])('refuses %s', (_case, overrides) => {
    expect(() => compositeIndex(full, { ...DEFAULT_COMPOSITE_WEIGHTS, ...overrides })).toThrow(RangeError);
  });
});
