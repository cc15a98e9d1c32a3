import { CHINA_2026, WorkingCalendar } from '@civicloop/working-calendar';
import { computeDeadlines } from './compute-deadlines';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy } from './deadline-policy';

const calendar = new WorkingCalendar([CHINA_2026], 'Asia/Shanghai');
const shanghai = (wallClock: string) => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`);
/** A district that wants water outages answered within 2 hours. */
const twoHourWater: DeadlinePolicy = { ...DEFAULT_DEADLINE_POLICY, byCategory: { 'utilities.water': { feedbackMinutes: { utilities: 120 } } } };
const lineage = ['utilities.water.outage', 'utilities.water', 'utilities'];

describe('a 2-hour utilities feedback deadline at 23:00 on a holiday (natural time)', () => {
  const dispatchedAt = shanghai('2026-10-03 23:00'); // 国庆, a Saturday off

  it('runs through the night and the holiday: feedback by 01:00 the next day', () => {
    expect(computeDeadlines(calendar, 'utilities', dispatchedAt, twoHourWater, lineage).feedbackDeadline).toEqual(shanghai('2026-10-04 01:00'));
  });

  it('while sign-for (30 working minutes) waits for the first working day after the holiday', () => {
    expect(computeDeadlines(calendar, 'utilities', dispatchedAt, twoHourWater, lineage).signForDeadline).toEqual(shanghai('2026-10-08 00:30'));
  });
});
