import { CHINA_2026 } from './china-2026';
import { WorkingCalendar } from './working-calendar';

const WORKING_DAY = 1440;
const calendar = new WorkingCalendar([CHINA_2026]);
/** An instant given as Shanghai wall-clock time. */
const shanghai = (wallClock: string) => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`);
const berlin = (wallClock: string, offset: '+01:00' | '+02:00') => new Date(`${wallClock.replace(' ', 'T')}:00${offset}`);

describe('working time over an ordinary week (all 24 h of a working day count)', () => {
  it('carries 15 minutes from Friday 23:55 over the weekend to Monday 00:10', () => {
    expect(calendar.addWorkingTime(shanghai('2026-03-13 23:55'), 15)).toEqual(shanghai('2026-03-16 00:10'));
  });

  it('ends a deadline at midnight when the working day runs out exactly', () => {
    expect(calendar.addWorkingTime(shanghai('2026-03-13 23:45'), 15)).toEqual(shanghai('2026-03-14 00:00'));
  });

  it('takes one working day from Tuesday 10:00 to Wednesday 10:00', () => {
    expect(calendar.addWorkingTime(shanghai('2026-03-10 10:00'), WORKING_DAY)).toEqual(shanghai('2026-03-11 10:00'));
  });

  it('takes one working day from Friday 10:00 to Monday 10:00', () => {
    expect(calendar.addWorkingTime(shanghai('2026-03-13 10:00'), WORKING_DAY)).toEqual(shanghai('2026-03-16 10:00'));
  });

  it('starts counting at 00:00 of the next working day when started on a weekend', () => {
    expect(calendar.addWorkingTime(shanghai('2026-03-14 10:00'), 30)).toEqual(shanghai('2026-03-16 00:30'));
  });

  it('adds nothing on a working day for zero minutes', () => {
    expect(calendar.addWorkingTime(shanghai('2026-03-10 10:00'), 0)).toEqual(shanghai('2026-03-10 10:00'));
  });

  it('moves a zero-minute start on a day off to the start of the next working day', () => {
    expect(calendar.addWorkingTime(shanghai('2026-03-15 10:00'), 0)).toEqual(shanghai('2026-03-16 00:00'));
  });

  it('depends on the district’s zone, not the instant’s UTC date', () => {
    // 2026-03-13T17:00Z is already Saturday 01:00 in Shanghai, so nothing counts until Monday.
    expect(calendar.addWorkingTime(new Date('2026-03-13T17:00:00Z'), 60)).toEqual(shanghai('2026-03-16 01:00'));
  });

  it('refuses negative or non-finite working time', () => {
    expect(() => calendar.addWorkingTime(shanghai('2026-03-10 10:00'), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingTime(shanghai('2026-03-10 10:00'), Number.NaN)).toThrow(RangeError);
    expect(() => calendar.addWorkingTime(shanghai('2026-03-10 10:00'), Infinity)).toThrow(RangeError);
  });
});

describe('working time across 国庆 2026 (Oct 1–7 off, Sep 20 and Oct 10 worked)', () => {
  it('takes one working day from Wednesday Sep 30 10:00 to Thursday Oct 8 10:00', () => {
    expect(calendar.addWorkingTime(shanghai('2026-09-30 10:00'), WORKING_DAY)).toEqual(shanghai('2026-10-08 10:00'));
  });

  it('counts the make-up Saturday Oct 10 as a working day', () => {
    expect(calendar.addWorkingTime(shanghai('2026-10-09 10:00'), WORKING_DAY)).toEqual(shanghai('2026-10-10 10:00'));
  });

  it('counts the make-up Sunday Sep 20 when started on the Saturday before', () => {
    expect(calendar.addWorkingTime(shanghai('2026-09-19 10:00'), WORKING_DAY)).toEqual(shanghai('2026-09-21 00:00'));
  });

  it('stretches a ten-working-day extension from Monday Sep 21 over 中秋 and 国庆 to Monday Oct 12', () => {
    expect(calendar.addWorkingTime(shanghai('2026-09-21 10:00'), 10 * WORKING_DAY)).toEqual(shanghai('2026-10-12 10:00'));
  });
});

describe('working time across 春节 2026 (Feb 15–23 off, Feb 14 and Feb 28 worked)', () => {
  it('lands on the make-up Saturday Feb 14 from Friday Feb 13', () => {
    expect(calendar.addWorkingTime(shanghai('2026-02-13 10:00'), WORKING_DAY)).toEqual(shanghai('2026-02-14 10:00'));
  });

  it('jumps the nine days off from Saturday Feb 14 to Tuesday Feb 24', () => {
    expect(calendar.addWorkingTime(shanghai('2026-02-14 10:00'), WORKING_DAY)).toEqual(shanghai('2026-02-24 10:00'));
  });
});

describe('working time in a zone with daylight saving time (Europe/Berlin)', () => {
  const berlinCalendar = new WorkingCalendar([], 'Europe/Berlin');

  it('carries Friday 23:55 to Monday 00:10 across the spring change', () => {
    expect(berlinCalendar.addWorkingTime(berlin('2026-03-27 23:55', '+01:00'), 15)).toEqual(berlin('2026-03-30 00:10', '+02:00'));
  });

  it('carries Friday 23:55 to Monday 00:10 across the autumn change', () => {
    expect(berlinCalendar.addWorkingTime(berlin('2026-10-23 23:55', '+02:00'), 15)).toEqual(berlin('2026-10-26 00:10', '+01:00'));
  });

  it('counts real minutes, so a working day shortened to 23 h by the spring change gives 23 working hours', () => {
    const sundayWorked = new WorkingCalendar([{ year: 2026, holidays: [], makeUpWorkdays: ['2026-03-29'], source: 'test fixture' }], 'Europe/Berlin');
    expect(sundayWorked.addWorkingTime(berlin('2026-03-28 12:00', '+01:00'), WORKING_DAY)).toEqual(berlin('2026-03-30 01:00', '+02:00'));
  });

  it('judges the working day by the Berlin date of the instant', () => {
    // 2026-03-27T23:30Z is Saturday 00:30 in Berlin: counting waits for Monday.
    expect(berlinCalendar.addWorkingTime(new Date('2026-03-27T23:30:00Z'), 60)).toEqual(berlin('2026-03-30 01:00', '+02:00'));
  });
});

describe('natural time', () => {
  it('runs through weekends and holidays alike', () => {
    expect(calendar.addNaturalTime(shanghai('2026-09-30 10:00'), 7 * 1440)).toEqual(shanghai('2026-10-07 10:00'));
  });

  it('counts back for negative minutes, e.g. a reminder before a deadline', () => {
    expect(calendar.addNaturalTime(shanghai('2026-10-07 10:00'), -60)).toEqual(shanghai('2026-10-07 09:00'));
  });

  it('refuses a non-finite amount', () => {
    expect(() => calendar.addNaturalTime(shanghai('2026-10-07 10:00'), Number.NaN)).toThrow(RangeError);
  });
});
