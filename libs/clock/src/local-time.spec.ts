import { localDate, localMonth } from './local-time';
import { ManualClock } from './clock';

describe('local time in a district', () => {
  it('counts an instant late on the last UTC day of a month in the next Shanghai month', () => {
    expect(localMonth(new Date('2026-10-31T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-11');
    expect(localMonth(new Date('2026-10-31T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-10');
  });

  it('gives the local calendar date in another zone', () => {
    expect(localDate(new Date('2026-03-01T03:00:00Z'), 'America/New_York')).toBe('2026-02-28');
  });
});

describe('ManualClock', () => {
  it('moves only when advanced', () => {
    const clock = new ManualClock('2026-11-23T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-11-23T00:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-11-23T00:01:30.000Z');
  });

  it('hands out copies, so callers cannot move it', () => {
    const clock = new ManualClock('2026-11-23T00:00:00Z');
    clock.now().setFullYear(2000);
    expect(clock.now().getUTCFullYear()).toBe(2026);
  });
});
