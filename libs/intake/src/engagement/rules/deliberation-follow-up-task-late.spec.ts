import { taskLate } from './deliberation-input';

describe('a follow-up task is late after its due date', () => {
  it('is on time when done on or before the due date, or still open before it', () => {
    expect(taskLate('2026-12-03', '2026-12-03', '2026-12-10')).toBe(false);
    expect(taskLate('2026-12-03', null, '2026-12-03')).toBe(false);
  });

  it('is late when done after it, or still open after it', () => {
    expect(taskLate('2026-12-03', '2026-12-04', '2026-12-04')).toBe(true);
    expect(taskLate('2026-12-03', null, '2026-12-04')).toBe(true);
  });
});
