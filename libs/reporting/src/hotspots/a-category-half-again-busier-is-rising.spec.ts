import { isRising } from './hotspot-rule';

describe('a hotspot is a category or place with enough requests, half again as many as last month', () => {
  it('rises at 1.5 times last month', () => {
    expect(isRising(15, 10)).toBe(true);
    expect(isRising(14, 10)).toBe(false);
  });

  it('rises when it is new this month with at least five requests', () => {
    expect(isRising(5, 0)).toBe(true);
    expect(isRising(4, 0)).toBe(false);
  });

  it('does not rise while it stays small, however fast it grows', () => {
    expect(isRising(4, 1)).toBe(false);
  });
});
