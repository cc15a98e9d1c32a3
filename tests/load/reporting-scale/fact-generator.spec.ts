import { DEFAULT_SHAPE, factsInMonth, monthRows, monthsOf } from './fact-generator';

describe('synthetic reporting facts', () => {
  const shape = { ...DEFAULT_SHAPE, facts: 1_000, months: 3, lastMonth: '2026-01' };

  it('spreads the facts over every district and month without losing one', () => {
    let total = 0;
    for (let district = 0; district < shape.districts; district += 1) for (let month = 0; month < shape.months; month += 1) total += factsInMonth(shape, district, month);
    expect(total).toBe(1_000);
    expect(monthsOf(shape)).toEqual(['2025-11', '2025-12', '2026-01']);
  });

  it('gives the same rows for the same seed and keeps every time in its month (Asia/Shanghai)', () => {
    const rows = monthRows(shape, 1, 2, 500, 200);
    expect(monthRows(shape, 1, 2, 500, 200)).toEqual(rows);
    expect(rows.assignments).toHaveLength(200);
    for (const line of rows.assignments) {
      const [, , , unit, month, dispatched] = line.split(',');
      expect(month).toBe('2026-01');
      expect(unit).toMatch(/^u\d{3}$/);
      const local = new Date(Date.parse(dispatched!) + 8 * 3_600_000).toISOString();
      expect(local.startsWith('2026-01')).toBe(true);
    }
    expect(rows.outcomes.length).toBeGreaterThan(140);
    expect(rows.outcomes.length).toBeLessThan(200);
  });
});
