import { CHINA_2026 } from './china-2026';
import { CalendarYear } from './calendar-year';
import { WorkingCalendar } from './working-calendar';

/** Stands in for a later official schedule; its days are irrelevant to these warnings. */
const FIXTURE_2027: CalendarYear = { year: 2027, holidays: [], makeUpWorkdays: [], source: 'test fixture, not a real schedule' };
const only2026 = new WorkingCalendar([CHINA_2026]);

describe('warning admins about a missing holiday schedule', () => {
  it('stays silent until the end of October when the current year is covered', () => {
    expect(only2026.missingYearsWarning(new Date('2026-06-15T04:00:00Z'))).toBeNull();
    expect(only2026.missingYearsWarning(new Date('2026-10-31T15:59:59Z'))).toBeNull();
  });

  it('warns from November 1 local time when next year is missing', () => {
    const warning = only2026.missingYearsWarning(new Date('2026-10-31T16:00:00Z'));
    expect(warning).toContain('2027年');
    expect(warning).toContain('2027');
    expect(only2026.missingYears(new Date('2026-10-31T16:00:00Z'))).toEqual([2027]);
  });

  it('keeps warning through December', () => {
    expect(only2026.missingYearsWarning(new Date('2026-12-31T15:59:59Z'))).toContain('2027年');
  });

  it('stops warning once next year is added', () => {
    const both = new WorkingCalendar([CHINA_2026, FIXTURE_2027]);
    expect(both.missingYearsWarning(new Date('2026-11-15T04:00:00Z'))).toBeNull();
  });

  it('warns about the current year when it is missing, whatever the month', () => {
    expect(only2026.missingYears(new Date('2027-03-01T04:00:00Z'))).toEqual([2027]);
    expect(only2026.missingYearsWarning(new Date('2027-03-01T04:00:00Z'))).toContain('2027年');
  });

  it('names both years when the current and the next are missing in November', () => {
    const warning = only2026.missingYearsWarning(new Date('2027-11-02T04:00:00Z'));
    expect(only2026.missingYears(new Date('2027-11-02T04:00:00Z'))).toEqual([2027, 2028]);
    expect(warning).toContain('2027年、2028年');
    expect(warning).toContain('2027 and 2028');
  });

  it('says in Chinese first, then English, that weekends alone are used', () => {
    const warning = only2026.missingYearsWarning(new Date('2026-11-02T04:00:00Z'))!;
    expect(warning.indexOf('周末')).toBeLessThan(warning.indexOf('weekends'));
  });

  it('reads November in the district’s own zone', () => {
    const inBerlin = new WorkingCalendar([CHINA_2026], 'Europe/Berlin');
    // 23:30 UTC on Oct 31 is already November 1 in Berlin (+01:00) but still October 31 in New York.
    expect(inBerlin.missingYears(new Date('2026-10-31T23:30:00Z'))).toEqual([2027]);
    const inNewYork = new WorkingCalendar([CHINA_2026], 'America/New_York');
    expect(inNewYork.missingYears(new Date('2026-10-31T23:30:00Z'))).toEqual([]);
  });
});
