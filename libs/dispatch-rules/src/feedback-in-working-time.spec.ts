import { CHINA_2026, WorkingCalendar } from '@civicloop/working-calendar';
import { computeDeadlines } from './compute-deadlines';
import { DEFAULT_DEADLINE_POLICY } from './deadline-policy';

const calendar = new WorkingCalendar([CHINA_2026], 'Asia/Shanghai');
const shanghai = (wallClock: string) => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`);

describe('a district that counts feedback in working days', () => {
  it('moves a 7-day general feedback deadline from Fri Sep 18 past 中秋 and 国庆 (Sep 20 and Oct 10 worked)', () => {
    const policy = { ...DEFAULT_DEADLINE_POLICY, feedbackCountsWorkingTime: true };
    // Working days after Fri 10:00: Sep 20 (Sun, make-up), 21, 22, 23, 24, 28, 29 → Tue Sep 29 10:00.
    expect(computeDeadlines(calendar, 'general', shanghai('2026-09-18 10:00'), policy).feedbackDeadline).toEqual(shanghai('2026-09-29 10:00'));
  });
});
