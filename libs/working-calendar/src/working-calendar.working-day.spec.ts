import { CHINA_2026 } from './china-2026';
import { CalendarYear } from './calendar-year';
import { WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar([CHINA_2026]);

describe('a year without an official schedule (2027 here) falls back to weekends only', () => {
  it('is not covered', () => {
    expect(calendar.coversYear(2026)).toBe(true);
    expect(calendar.coversYear(2027)).toBe(false);
  });

  it('treats New Year and National Day 2027 as ordinary weekdays rather than guessing holidays', () => {
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true);
    expect(calendar.isWorkingDay('2027-10-01')).toBe(true);
  });

  it('gives Saturdays and Sundays off', () => {
    expect(calendar.isWorkingDay('2027-01-02')).toBe(false);
    expect(calendar.isWorkingDay('2027-01-03')).toBe(false);
    expect(calendar.isWorkingDay('2027-01-04')).toBe(true);
  });

  it('is what an empty calendar does for any year', () => {
    const empty = new WorkingCalendar([]);
    expect(empty.isWorkingDay('2026-10-05')).toBe(true);
    expect(empty.isWorkingDay('2026-10-10')).toBe(false);
  });
});

describe('building a working calendar', () => {
  const year = (overrides: Partial<CalendarYear>): CalendarYear => ({ year: 2030, holidays: [], makeUpWorkdays: [], source: 'test fixture', ...overrides });

  it('accepts days at the turn of the year in the following year’s notice', () => {
    const withTurn = new WorkingCalendar([year({ makeUpWorkdays: ['2029-12-29'], holidays: ['2029-12-31'] })]);
    expect(withTurn.isWorkingDay('2029-12-29')).toBe(true);
    expect(withTurn.isWorkingDay('2029-12-31')).toBe(false);
    expect(withTurn.coversYear(2029)).toBe(false);
  });

  it('refuses the same year twice', () => {
    expect(() => new WorkingCalendar([year({}), year({})])).toThrow('2030 twice');
  });

  it('refuses a day listed both as a holiday and as a make-up day', () => {
    expect(() => new WorkingCalendar([year({ holidays: ['2030-10-05'], makeUpWorkdays: ['2030-10-05'] })])).toThrow('2030-10-05');
  });

  it('refuses a date that does not exist', () => {
    expect(() => new WorkingCalendar([year({ holidays: ['2030-02-30'] })])).toThrow(RangeError);
  });

  it('refuses an unknown time zone', () => {
    expect(() => new WorkingCalendar([], 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('refuses to judge a malformed date', () => {
    expect(() => calendar.isWorkingDay('2026/10/05')).toThrow(RangeError);
  });
});
