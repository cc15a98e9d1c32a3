import { DEFAULT_DISTRICT_RULES, WORKING_DAY_MINUTES } from '@civicloop/dispatch-rules';
import { CHINA_2026, WorkingCalendar } from '@civicloop/working-calendar';
import { objectionWindow } from './objection-rules';

const calendar = new WorkingCalendar([CHINA_2026]);
const shanghai = (wallClock: string) => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`);

describe('a unit objects within 2 working days of dispatch (派单异议时限)', () => {
  it('is open on Thursday for an order dispatched on Tuesday, and closes Thursday at the hour of dispatch', () => {
    const dispatchedAt = shanghai('2026-03-10 10:00');
    expect(objectionWindow(calendar, dispatchedAt, DEFAULT_DISTRICT_RULES.objectionWindowWorkingMinutes, shanghai('2026-03-12 09:59'))).toEqual({
      endsAt: shanghai('2026-03-12 10:00'),
      open: true,
    });
    expect(objectionWindow(calendar, dispatchedAt, DEFAULT_DISTRICT_RULES.objectionWindowWorkingMinutes, shanghai('2026-03-12 10:01')).open).toBe(false);
  });

  it('does not count the National Day holiday: dispatched 30 September, the window ends 9 October', () => {
    const window = objectionWindow(calendar, shanghai('2026-09-30 10:00'), 2 * WORKING_DAY_MINUTES, shanghai('2026-10-08 12:00'));
    expect(window).toEqual({ endsAt: shanghai('2026-10-09 10:00'), open: true });
  });

  it('counts the make-up Sunday 20 September as a working day', () => {
    const window = objectionWindow(calendar, shanghai('2026-09-19 10:00'), 2 * WORKING_DAY_MINUTES, shanghai('2026-09-21 00:00'));
    expect(window).toEqual({ endsAt: shanghai('2026-09-22 00:00'), open: true });
  });

  it('follows the district’s own window', () => {
    const window = objectionWindow(calendar, shanghai('2026-03-10 10:00'), WORKING_DAY_MINUTES / 2, shanghai('2026-03-10 22:01'));
    expect(window).toEqual({ endsAt: shanghai('2026-03-10 22:00'), open: false });
  });
});
