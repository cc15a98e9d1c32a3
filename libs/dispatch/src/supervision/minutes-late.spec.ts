import { minutesLate } from './supervision-view';

describe('how late an overdue order is, as the supervisors’ queue shows it', () => {
  it('counts whole minutes past the deadline', () => {
    expect(minutesLate(new Date('2026-03-02T09:00:00Z'), new Date('2026-03-02T10:30:59Z'))).toBe(90);
  });

  it('is never negative', () => {
    expect(minutesLate(new Date('2026-03-02T09:00:00Z'), new Date('2026-03-02T08:00:00Z'))).toBe(0);
  });
});
