import { CHINA_2026, WorkingCalendar } from '@civicloop/working-calendar';
import { computeDeadlines } from './compute-deadlines';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy } from './deadline-policy';

const calendar = new WorkingCalendar([CHINA_2026], 'Asia/Shanghai');
const shanghai = (wallClock: string) => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`);
/** A district that gives complex orders three working days to be signed for. */
const threeWorkingDays: DeadlinePolicy = {
  ...DEFAULT_DEADLINE_POLICY,
  signForWorkingMinutes: { ...DEFAULT_DEADLINE_POLICY.signForWorkingMinutes, complex: 3 * 1440 },
};

describe('a sign-for deadline across 国庆 2026 (Oct 1–7 off) and its make-up Saturday Oct 10', () => {
  it('skips the seven days off and lands on the make-up Saturday: Wed Sep 30 10:00 + 3 working days = Sat Oct 10 10:00', () => {
    expect(computeDeadlines(calendar, 'complex', shanghai('2026-09-30 10:00'), threeWorkingDays).signForDeadline).toEqual(shanghai('2026-10-10 10:00'));
  });

  it('counts the make-up Saturday as a working day for one working day from Fri Oct 9', () => {
    expect(computeDeadlines(calendar, 'general', shanghai('2026-10-09 10:00')).signForDeadline).toEqual(shanghai('2026-10-10 10:00'));
  });

  it('waits for Thu Oct 8 when dispatched during the holiday', () => {
    expect(computeDeadlines(calendar, 'general', shanghai('2026-10-02 15:00')).signForDeadline).toEqual(shanghai('2026-10-09 00:00'));
  });
});
