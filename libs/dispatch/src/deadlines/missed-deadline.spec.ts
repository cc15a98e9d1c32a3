import { timerStep } from './timer-step';

const start = new Date('2026-03-02T09:00:00+08:00');
const due = new Date('2026-03-02T17:00:00+08:00');

describe('a deadline that passes while its step is pending is missed', () => {
  it('is missed at the due instant', () => {
    expect(timerStep({ startsAt: start, dueAt: due, remindedAt: null }, due, 0.75)).toBe('miss');
  });

  it('is missed without a late reminder when the timer only runs after it passed (e.g. after a restart)', () => {
    expect(timerStep({ startsAt: start, dueAt: due, remindedAt: null }, new Date('2026-03-03T09:00:00+08:00'), 0.75)).toBe('miss');
  });

  it('is missed whether or not it was reminded', () => {
    expect(timerStep({ startsAt: start, dueAt: due, remindedAt: new Date('2026-03-02T15:00:00+08:00') }, new Date('2026-03-02T17:00:01+08:00'), 0.75)).toBe('miss');
  });

  it('is settled as met, not missed, when its step was done in the meantime', () => {
    expect(timerStep({ startsAt: start, dueAt: due, remindedAt: null, done: true }, new Date('2026-03-03T09:00:00+08:00'), 0.75)).toBe('met');
  });
});
