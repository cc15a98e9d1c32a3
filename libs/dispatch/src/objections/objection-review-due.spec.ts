import { DEFAULT_DISTRICT_RULES } from '@civicloop/dispatch-rules';
import { CHINA_2026, WorkingCalendar } from '@civicloop/working-calendar';
import { reviewDueAt } from './objection-rules';

const calendar = new WorkingCalendar([CHINA_2026]);
const shanghai = (wallClock: string) => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`);

describe('dispatchers review an objection within 1 working day of it reaching them', () => {
  it('is due the next working day at the same hour', () => {
    expect(reviewDueAt(calendar, shanghai('2026-03-10 15:00'), DEFAULT_DISTRICT_RULES.objectionReviewWorkingMinutes)).toEqual(shanghai('2026-03-11 15:00'));
  });

  it('skips the weekend for an objection raised on Friday', () => {
    expect(reviewDueAt(calendar, shanghai('2026-03-13 15:00'), DEFAULT_DISTRICT_RULES.objectionReviewWorkingMinutes)).toEqual(shanghai('2026-03-16 15:00'));
  });
});
