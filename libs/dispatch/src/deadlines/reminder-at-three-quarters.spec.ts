import { reminderAt, timerStep } from './timer-step';

const start = new Date('2026-03-02T09:00:00+08:00');
const due = new Date('2026-03-02T17:00:00+08:00');
const at = (iso: string) => new Date(iso);

describe('a reminder goes out once, when 75 % of the time allowed has passed', () => {
  it('falls due at three quarters of the way from start to due', () => {
    expect(reminderAt(start, due, 0.75)).toEqual(at('2026-03-02T15:00:00+08:00'));
  });

  it('waits before that point', () => {
    expect(timerStep({ startsAt: start, dueAt: due, remindedAt: null }, at('2026-03-02T14:59:59+08:00'), 0.75)).toBe('wait');
  });

  it('reminds at that point and after it, while the deadline has not passed', () => {
    expect(timerStep({ startsAt: start, dueAt: due, remindedAt: null }, at('2026-03-02T15:00:00+08:00'), 0.75)).toBe('remind');
    expect(timerStep({ startsAt: start, dueAt: due, remindedAt: null }, at('2026-03-02T16:59:00+08:00'), 0.75)).toBe('remind');
  });

  it('does not remind twice', () => {
    const reminded = at('2026-03-02T15:00:05+08:00');
    expect(timerStep({ startsAt: start, dueAt: due, remindedAt: reminded }, at('2026-03-02T16:00:00+08:00'), 0.75)).toBe('wait');
  });

  it('follows the district’s own share', () => {
    expect(reminderAt(start, due, 0.5)).toEqual(at('2026-03-02T13:00:00+08:00'));
    expect(timerStep({ startsAt: start, dueAt: due, remindedAt: null }, at('2026-03-02T13:30:00+08:00'), 0.5)).toBe('remind');
  });
});
