import { assertValidCounts, UnitMonthCounts } from './unit-month-counts';

const valid: UnitMonthCounts = { dispatched: 10, signedOnTime: 9, validCallbacks: 8, solved: 6, satisfied: 5, basicallySatisfied: 2 };

describe('counts a unit month can have', () => {
  it('accepts consistent counts, including all zeros', () => {
    expect(() => assertValidCounts(valid)).not.toThrow();
    expect(() =>
      assertValidCounts({ dispatched: 0, signedOnTime: 0, validCallbacks: 0, solved: 0, satisfied: 0, basicallySatisfied: 0 }),
    ).not.toThrow();
  });

  it.each(['dispatched', 'signedOnTime', 'validCallbacks', 'solved', 'satisfied', 'basicallySatisfied'] as const)(
    'refuses a negative, fractional or missing %s',
    (field) => {
      for (const bad of [-1, 0.5, Number.NaN, Infinity, undefined]) {
        expect(() => assertValidCounts({ ...valid, [field]: bad })).toThrow(RangeError);
      }
    },
  );

  it('refuses more orders signed on time than dispatched', () => {
    expect(() => assertValidCounts({ ...valid, signedOnTime: 11 })).toThrow('signedOnTime (11) cannot exceed dispatched (10)');
  });

  it('refuses more solved than valid callbacks', () => {
    expect(() => assertValidCounts({ ...valid, solved: 9 })).toThrow('solved (9) cannot exceed validCallbacks (8)');
  });

  it('refuses more satisfied and basically satisfied together than valid callbacks', () => {
    expect(() => assertValidCounts({ ...valid, satisfied: 6, basicallySatisfied: 3 })).toThrow(RangeError);
  });
});
