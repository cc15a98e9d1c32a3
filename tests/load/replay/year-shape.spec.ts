import { BEIJING_2023_REQUESTS, DEFAULT_SHARES, dayPlan, inHeatingSeason, requestsOnDay } from './year-shape';

describe("a city's year shaped like Beijing's published figures", () => {
  it('adds up to about the published year at scale 1', () => {
    let total = 0;
    const start = Date.UTC(2023, 0, 1);
    for (let day = 0; day < 365; day += 1) {
      const date = new Date(start + day * 86_400_000);
      total += requestsOnDay(1, (date.getUTCDay() + 6) % 7, date.getUTCMonth() + 1, date.getUTCDate());
    }
    expect(Math.abs(total - BEIJING_2023_REQUESTS) / BEIJING_2023_REQUESTS).toBeLessThan(0.1);
  });

  it('is busier in the heating season and on weekdays', () => {
    expect(inHeatingSeason(12, 1) && inHeatingSeason(11, 15) && !inHeatingSeason(11, 14) && !inHeatingSeason(7, 1)).toBe(true);
    expect(requestsOnDay(0.01, 0, 1, 10)).toBeGreaterThan(requestsOnDay(0.01, 0, 7, 10));
    expect(requestsOnDay(0.01, 1, 7, 10)).toBeGreaterThan(requestsOnDay(0.01, 6, 7, 10));
  });

  it('gives each day the published shares and the assumed ones, the same for the same seed', () => {
    const plan = dayPlan(1, 3, 20_000, false);
    expect(dayPlan(1, 3, 20_000, false)).toEqual(plan);
    const share = (pick: (fate: (typeof plan)[number]) => boolean) => plan.filter(pick).length / plan.length;
    expect(share((fate) => fate.consultation)).toBeCloseTo(DEFAULT_SHARES.consultations, 1);
    expect(share((fate) => fate.channel === 'hotline')).toBeCloseTo(DEFAULT_SHARES.hotline, 1);
    const dispatched = plan.filter((fate) => !fate.consultation);
    expect(dispatched.filter((fate) => fate.objection).length / dispatched.length).toBeCloseTo(DEFAULT_SHARES.objections, 1);
    expect(plan.every((fate, i) => i === 0 || plan[i - 1]!.hour <= fate.hour)).toBe(true);
  });
});
