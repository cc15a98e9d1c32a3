import { DEFAULT_DISTRICT_RULES, WORKING_DAY_MINUTES } from '@civicloop/dispatch-rules';
import { CHINA_2026, WorkingCalendar } from '@civicloop/working-calendar';
import { checkExtension } from './extension-rules';

const calendar = new WorkingCalendar([CHINA_2026]);
const shanghai = (wallClock: string) => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`);
const cap = DEFAULT_DISTRICT_RULES.extensionCapWorkingMinutes;

describe('all extensions of one assignment together: at most 10 working days (延期累计不超过10个工作日)', () => {
  const originalDeadline = shanghai('2026-03-10 10:00');

  it('allows up to 10 working days past the original deadline, weekends not counted', () => {
    const check = checkExtension({ calendar, originalDeadline, currentDeadline: originalDeadline, requestedDeadline: shanghai('2026-03-24 10:00'), capWorkingMinutes: cap });
    expect(check).toEqual({ ok: true, latestAllowed: shanghai('2026-03-24 10:00') });
  });

  it('refuses one minute more, naming the latest allowed date', () => {
    const check = checkExtension({ calendar, originalDeadline, currentDeadline: originalDeadline, requestedDeadline: shanghai('2026-03-24 10:01'), capWorkingMinutes: cap });
    expect(check).toEqual({ ok: false, problem: 'beyond-cap', latestAllowed: shanghai('2026-03-24 10:00') });
  });

  it('counts earlier extensions against the cap: the cap runs from the original deadline, not the current one', () => {
    const extendedOnce = shanghai('2026-03-20 10:00');
    const check = checkExtension({ calendar, originalDeadline, currentDeadline: extendedOnce, requestedDeadline: shanghai('2026-03-27 10:00'), capWorkingMinutes: cap });
    expect(check).toMatchObject({ ok: false, problem: 'beyond-cap' });
  });

  it('does not count the National Day holiday against the cap', () => {
    const check = checkExtension({
      calendar,
      originalDeadline: shanghai('2026-09-30 10:00'),
      currentDeadline: shanghai('2026-09-30 10:00'),
      requestedDeadline: shanghai('2026-10-20 09:00'),
      capWorkingMinutes: 10 * WORKING_DAY_MINUTES,
    });
    // 30 Sep from 10:00 (14 h), then 8, 9, 10 (the make-up Saturday), 12–16 and 19 October, and 20 October until 10:00.
    expect(check).toEqual({ ok: true, latestAllowed: shanghai('2026-10-20 10:00') });
  });
});
