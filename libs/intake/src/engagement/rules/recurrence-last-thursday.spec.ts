import { datesOfYear, lastWeekdayOfMonth } from './recurrence';

const THURSDAY = 4;

describe('the last Thursday of each month (长宁: 每月最后一个周四)', () => {
  it('finds the last Thursday whether the month ends on it, after it or just before', () => {
    expect(lastWeekdayOfMonth(2026, 12, THURSDAY)).toBe('2026-12-31'); // the month ends on a Thursday
    expect(lastWeekdayOfMonth(2026, 11, THURSDAY)).toBe('2026-11-26');
    expect(lastWeekdayOfMonth(2026, 2, THURSDAY)).toBe('2026-02-26');
    expect(lastWeekdayOfMonth(2027, 9, THURSDAY)).toBe('2027-09-30');
  });

  it('plans twelve dates a year, all Thursdays, the last of their month', () => {
    const dates = datesOfYear({ kind: 'last-weekday-of-month', weekday: THURSDAY }, 2026);
    expect(dates).toEqual([
      '2026-01-29', '2026-02-26', '2026-03-26', '2026-04-30', '2026-05-28', '2026-06-25',
      '2026-07-30', '2026-08-27', '2026-09-24', '2026-10-29', '2026-11-26', '2026-12-31',
    ]);
    for (const date of dates) {
      const day = new Date(`${date}T00:00:00Z`);
      expect(day.getUTCDay()).toBe(THURSDAY);
      expect(new Date(day.getTime() + 7 * 86_400_000).getUTCMonth()).not.toBe(day.getUTCMonth());
    }
  });

  it('plans only the rest of the year when made mid-year', () => {
    expect(datesOfYear({ kind: 'last-weekday-of-month', weekday: THURSDAY }, 2026, 11)).toEqual(['2026-11-26', '2026-12-31']);
  });
});
