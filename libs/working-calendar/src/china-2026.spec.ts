import { CHINA_2026 } from './china-2026';
import { weekdayOf } from './local-day';
import { WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar([CHINA_2026]);

describe('the official 2026 schedule (国务院办公厅关于2026年部分节假日安排的通知)', () => {
  it.each([
    ['元旦', ['2026-01-01', '2026-01-02', '2026-01-03']],
    ['春节', ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23']],
    ['清明节', ['2026-04-04', '2026-04-05', '2026-04-06']],
    ['劳动节', ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05']],
    ['端午节', ['2026-06-19', '2026-06-20', '2026-06-21']],
    ['中秋节', ['2026-09-25', '2026-09-26', '2026-09-27']],
    ['国庆节', ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']],
  ])('gives every day of %s off', (_holiday, days) => {
    for (const day of days) {
      expect(CHINA_2026.holidays).toContain(day);
      expect(calendar.isWorkingDay(day)).toBe(false);
    }
  });

  it('lists 33 days off and nothing else', () => {
    expect(CHINA_2026.holidays).toHaveLength(33);
    expect(new Set(CHINA_2026.holidays).size).toBe(33);
  });

  it.each([
    ['2026-01-04', 'Sunday', '元旦'],
    ['2026-02-14', 'Saturday', '春节'],
    ['2026-02-28', 'Saturday', '春节'],
    ['2026-05-09', 'Saturday', '劳动节'],
    ['2026-09-20', 'Sunday', '国庆节'],
    ['2026-10-10', 'Saturday', '国庆节'],
  ])('makes %s (a %s) a working day for %s', (day) => {
    expect(CHINA_2026.makeUpWorkdays).toContain(day);
    expect([0, 6]).toContain(weekdayOf(day));
    expect(calendar.isWorkingDay(day)).toBe(true);
  });

  it('has exactly the six make-up working days of the notice', () => {
    expect(CHINA_2026.makeUpWorkdays).toHaveLength(6);
  });

  it('gives Monday 2026-10-05 off, inside 国庆', () => {
    expect(weekdayOf('2026-10-05')).toBe(1);
    expect(calendar.isWorkingDay('2026-10-05')).toBe(false);
  });

  it('brings ordinary working days back right after each long holiday', () => {
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
    expect(calendar.isWorkingDay('2026-05-06')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true);
  });

  it('leaves the ordinary weekends around the holidays off', () => {
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false);
    expect(calendar.isWorkingDay('2026-09-19')).toBe(false);
  });

  it('adds up to 248 working days: 261 weekdays, less 19 holidays on weekdays, plus 6 make-up days', () => {
    let day = new Date(Date.UTC(2026, 0, 1));
    let working = 0;
    while (day.getUTCFullYear() === 2026) {
      if (calendar.isWorkingDay(day.toISOString().slice(0, 10))) working += 1;
      day = new Date(day.getTime() + 86_400_000);
    }
    expect(working).toBe(248);
  });

  it('names its source so admins can check it', () => {
    expect(CHINA_2026.source).toContain('2026年部分节假日安排');
    expect(CHINA_2026.source).toContain('gov.cn');
  });

  it('cannot be changed by a caller', () => {
    expect(() => (CHINA_2026.holidays as string[]).push('2026-03-02')).toThrow(TypeError);
  });
});
