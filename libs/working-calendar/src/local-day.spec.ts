import { nextLocalDate, parseLocalDate, startOfLocalDay, weekdayOf, zoneOffsetAt } from './local-day';

describe('local calendar days', () => {
  it('steps to the next day across month, year and leap-day boundaries', () => {
    expect(nextLocalDate('2026-09-30')).toBe('2026-10-01');
    expect(nextLocalDate('2026-12-31')).toBe('2027-01-01');
    expect(nextLocalDate('2028-02-28')).toBe('2028-02-29');
    expect(nextLocalDate('2026-02-28')).toBe('2026-03-01');
  });

  it('knows the weekday of a date without any time zone', () => {
    expect(weekdayOf('2026-10-10')).toBe(6);
    expect(weekdayOf('2026-10-05')).toBe(1);
    expect(weekdayOf('2027-01-03')).toBe(0);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-1-5', '20261005', '', '2026-10-05T00:00'])('refuses "%s" as a date', (text) => {
    expect(() => parseLocalDate(text)).toThrow(RangeError);
  });
});

describe('where a local day starts', () => {
  it('is 16:00 UTC the day before in Shanghai', () => {
    expect(startOfLocalDay('2026-10-01', 'Asia/Shanghai').toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(zoneOffsetAt(Date.parse('2026-10-01T00:00:00Z'), 'Asia/Shanghai')).toBe(8 * 3_600_000);
  });

  it('follows the spring DST change in Berlin: the short day starts at +01:00, the next at +02:00', () => {
    expect(startOfLocalDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay('2026-03-30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('follows the autumn DST change in Berlin: the long day starts at +02:00, the next at +01:00', () => {
    expect(startOfLocalDay('2026-10-25', 'Europe/Berlin').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-26', 'Europe/Berlin').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('is the moment of the jump where clocks spring forward at midnight (Santiago, 2026-09-06 starts at 01:00)', () => {
    expect(startOfLocalDay('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });
});
