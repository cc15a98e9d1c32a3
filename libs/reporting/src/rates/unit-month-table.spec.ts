import { unitMonthTable, type OutcomeTally, type ResponseTally } from './unit-month-table';

const response = (unitCode: string, dispatched: number, signedOnTime: number, replied = 0): ResponseTally => ({ unitCode, dispatched, signedOnTime, replied });
const outcome = (unitCode: string, attempt: number, validCallbacks: number, solved: number, satisfied: number, basicallySatisfied = 0): OutcomeTally => ({
  unitCode,
  attempt,
  validCallbacks,
  solved,
  satisfied,
  basicallySatisfied,
});

describe('the monthly table of units', () => {
  it('puts a unit\'s response counts and callback counts side by side with the three rates', () => {
    const [water] = unitMonthTable([response('water', 4, 3, 2)], [outcome('water', 1, 2, 1, 1, 1)]);
    expect(water).toMatchObject({
      unitCode: 'water',
      dispatched: 4,
      signedOnTime: 3,
      replied: 2,
      validCallbacks: 2,
      solved: 1,
      satisfied: 1,
      basicallySatisfied: 1,
      responseRate: 0.75,
      resolutionRate: 0.5,
      satisfactionRate: 1,
      rank: 1,
    });
    // 0.1 × 0.75 + 0.5 × 0.5 + 0.4 × (1 + 0.9) / 2, weights adding up to 1.
    expect(water.compositeIndex).toBeCloseTo(0.705, 12);
  });

  it('adds up callbacks ended at different attempts and reports how many were solved at each', () => {
    const [roads] = unitMonthTable([], [outcome('roads', 1, 3, 2, 2), outcome('roads', 2, 2, 2, 1)]);
    expect(roads).toMatchObject({ validCallbacks: 5, solved: 4, satisfied: 3, solvedByAttempt: { 1: 2, 2: 2 }, responseRate: null });
  });

  it('lists a unit with only assignments, or only callbacks, and ranks the best first', () => {
    const table = unitMonthTable([response('parks', 2, 1), response('roads', 2, 2)], [outcome('water', 1, 1, 1, 1)]);
    expect(table.map((row) => `${row.rank} ${row.unitCode}`)).toEqual(['1 roads', '1 water', '3 parks']);
    expect(table.find((row) => row.unitCode === 'water')).toMatchObject({ dispatched: 0, responseRate: null, resolutionRate: 1 });
  });

  it('is empty for a month with nothing to count', () => {
    expect(unitMonthTable([], [])).toEqual([]);
  });
});
