import { monthsEndingWith } from './month-range';

describe('a trend\'s months', () => {
  it('end with the given month, oldest first, across a new year', () => {
    expect(monthsEndingWith('2027-02', 4)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('can be a single month', () => {
    expect(monthsEndingWith('2026-10', 1)).toEqual(['2026-10']);
  });
});
