import { URGENCIES } from '@civicloop/contracts';
import { CHINA_2026, WorkingCalendar } from '@civicloop/working-calendar';
import { computeDeadlines } from './compute-deadlines';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy } from './deadline-policy';

const calendar = new WorkingCalendar([CHINA_2026], 'Asia/Shanghai');
const shanghai = (wallClock: string) => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`);
/** An ordinary Tuesday in March 2026, far from any holiday. */
const TUESDAY = shanghai('2026-03-10 10:00');

describe('the default deadline policy', () => {
  it('follows the published defaults', () => {
    expect(DEFAULT_DEADLINE_POLICY.signForWorkingMinutes).toEqual({ emergency: 15, utilities: 30, general: 1440, complex: 1440 });
    expect(DEFAULT_DEADLINE_POLICY.feedbackNaturalMinutes).toEqual({ emergency: 120, utilities: 1440, general: 10080, complex: 21600 });
  });

  it('has a limit for every urgency', () => {
    for (const urgency of URGENCIES) {
      expect(DEFAULT_DEADLINE_POLICY.signForWorkingMinutes[urgency]).toBeGreaterThan(0);
      expect(DEFAULT_DEADLINE_POLICY.feedbackNaturalMinutes[urgency]).toBeGreaterThan(0);
    }
  });

  it('cannot be changed by a caller', () => {
    expect(() => {
      (DEFAULT_DEADLINE_POLICY.signForWorkingMinutes as Record<string, number>).general = 1;
    }).toThrow(TypeError);
  });
});

describe('deadlines on an ordinary Tuesday at 10:00', () => {
  it.each([
    ['emergency', '2026-03-10 10:15', '2026-03-10 12:00'],
    ['utilities', '2026-03-10 10:30', '2026-03-11 10:00'],
    ['general', '2026-03-11 10:00', '2026-03-17 10:00'],
    ['complex', '2026-03-11 10:00', '2026-03-25 10:00'],
  ] as const)('for a %s order: sign for by %s, feed back by %s', (urgency, signFor, feedback) => {
    expect(computeDeadlines(calendar, urgency, TUESDAY)).toEqual({ signForDeadline: shanghai(signFor), feedbackDeadline: shanghai(feedback) });
  });
});

describe('a general order dispatched around 国庆 2026', () => {
  it('dispatched on Friday Sep 25 (a 中秋 day off) must be signed for by the end of Monday Sep 28', () => {
    expect(computeDeadlines(calendar, 'general', shanghai('2026-09-25 10:00'))).toEqual({
      signForDeadline: shanghai('2026-09-29 00:00'),
      feedbackDeadline: shanghai('2026-10-02 10:00'),
    });
  });

  it('dispatched on the last working day before the holiday is signed for on Oct 8, while feedback runs on through the holiday', () => {
    expect(computeDeadlines(calendar, 'general', shanghai('2026-09-30 16:00'))).toEqual({
      signForDeadline: shanghai('2026-10-08 16:00'),
      feedbackDeadline: shanghai('2026-10-07 16:00'),
    });
  });

  it('dispatched on the Saturday before the make-up Sunday Sep 20 is signed for by the end of that Sunday', () => {
    expect(computeDeadlines(calendar, 'general', shanghai('2026-09-19 10:00')).signForDeadline).toEqual(shanghai('2026-09-21 00:00'));
  });

  it('for an emergency dispatched during the holiday, the sign-for clock waits for the first working day', () => {
    expect(computeDeadlines(calendar, 'emergency', shanghai('2026-10-03 10:00'))).toEqual({
      signForDeadline: shanghai('2026-10-08 00:15'),
      feedbackDeadline: shanghai('2026-10-03 12:00'),
    });
  });
});

describe('a district’s own policy', () => {
  it('replaces the defaults', () => {
    const policy: DeadlinePolicy = {
      signForWorkingMinutes: { ...DEFAULT_DEADLINE_POLICY.signForWorkingMinutes, general: 2 * 1440 },
      feedbackNaturalMinutes: { ...DEFAULT_DEADLINE_POLICY.feedbackNaturalMinutes, general: 3 * 1440 },
    };
    expect(computeDeadlines(calendar, 'general', TUESDAY, policy)).toEqual({
      signForDeadline: shanghai('2026-03-12 10:00'),
      feedbackDeadline: shanghai('2026-03-13 10:00'),
    });
  });
});
