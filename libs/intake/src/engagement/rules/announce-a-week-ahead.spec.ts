import { CivicError } from '@civicloop/contracts';
import { announcementTiming, nextDayState } from './reception-day-workflow';

describe('a reception day is announced a week ahead (提前一周公告)', () => {
  it('is on time seven days or more ahead', () => {
    expect(announcementTiming('2027-01-28', '2027-01-21')).toEqual({ late: false });
    expect(announcementTiming('2027-01-28', '2026-12-01')).toEqual({ late: false });
  });

  it('is late, but allowed, fewer than seven days ahead, and on the day itself', () => {
    expect(announcementTiming('2027-01-28', '2027-01-22')).toEqual({ late: true });
    expect(announcementTiming('2027-01-28', '2027-01-28')).toEqual({ late: true });
  });

  it('refuses a day already past with 409', () => {
    expect(() => announcementTiming('2027-01-28', '2027-01-29')).toThrow(expect.objectContaining({ status: 409 }) as CivicError);
  });

  it('is announced once: a second announcement is 409 naming what is allowed', () => {
    expect(nextDayState('planned', 'announce')).toBe('announced');
    expect(() => nextDayState('announced', 'announce')).toThrow(/announced: "announce" is not allowed now \(allowed: register-visitor, prepare, hold\)/);
  });
});
