import { datesOfYear, nthWeekdaysOfMonth, recurrenceProblem } from './recurrence';

const THURSDAY = 4;

describe('the 2nd and 4th Thursday (联络站: 每月第二、四个周四)', () => {
  it('counts weeks from the first Thursday of the month, not from the 1st', () => {
    expect(nthWeekdaysOfMonth(2026, 10, THURSDAY, [2, 4])).toEqual(['2026-10-08', '2026-10-22']); // 1 Oct is a Thursday
    expect(nthWeekdaysOfMonth(2026, 11, THURSDAY, [4, 2])).toEqual(['2026-11-12', '2026-11-26']);
  });

  it('skips a 5th Thursday in months that have only four', () => {
    expect(nthWeekdaysOfMonth(2026, 10, THURSDAY, [5])).toEqual(['2026-10-29']);
    expect(nthWeekdaysOfMonth(2026, 11, THURSDAY, [5])).toEqual([]);
  });

  it('plans 24 dates a year', () => {
    expect(datesOfYear({ kind: 'nth-weekdays-of-month', weekday: THURSDAY, nths: [2, 4] }, 2026)).toHaveLength(24);
  });

  it('names what is wrong with a rule', () => {
    expect(recurrenceProblem({ kind: 'nth-weekdays-of-month', weekday: THURSDAY, nths: [] })).toMatch(/nths/);
    expect(recurrenceProblem({ kind: 'last-weekday-of-month', weekday: 8 })).toMatch(/weekday/);
    expect(recurrenceProblem({ kind: 'every-day' } as never)).toMatch(/kind/);
    expect(recurrenceProblem({ kind: 'nth-weekdays-of-month', weekday: THURSDAY, nths: [2, 4] })).toBeNull();
  });
});
