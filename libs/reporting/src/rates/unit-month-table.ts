import { DEFAULT_COMPOSITE_WEIGHTS, rankUnits, threeRates, type CompositeWeights, type UnitMonthCounts } from '@civicloop/rates';

/** A unit's assignments made in the month. */
export interface ResponseTally {
  unitCode: string;
  dispatched: number;
  signedOnTime: number;
  replied: number;
}

/** A unit's requests whose last valid callback fell in the month, per attempt they ended at. */
export interface OutcomeTally {
  unitCode: string;
  attempt: number;
  validCallbacks: number;
  solved: number;
  satisfied: number;
  basicallySatisfied: number;
}

interface UnitTally extends UnitMonthCounts {
  replied: number;
  /** Requests solved at the 1st, 2nd, 3rd… try (重办), reported beside the rates. */
  solvedByAttempt: Record<string, number>;
}

const empty = (): UnitTally => ({
  dispatched: 0,
  signedOnTime: 0,
  replied: 0,
  validCallbacks: 0,
  solved: 0,
  satisfied: 0,
  basicallySatisfied: 0,
  solvedByAttempt: {},
});

/**
 * The month's table: both halves of each unit's counts side by side (they may come from different
 * requests), the three rates, the composite index and the district-wide rank.
 */
export function unitMonthTable(responses: ResponseTally[], outcomes: OutcomeTally[], weights: CompositeWeights = DEFAULT_COMPOSITE_WEIGHTS) {
  const byUnit = new Map<string, UnitTally>();
  const tallyOf = (unitCode: string) => byUnit.get(unitCode) ?? byUnit.set(unitCode, empty()).get(unitCode)!;
  for (const response of responses) {
    const tally = tallyOf(response.unitCode);
    tally.dispatched += response.dispatched;
    tally.signedOnTime += response.signedOnTime;
    tally.replied += response.replied;
  }
  for (const outcome of outcomes) {
    const tally = tallyOf(outcome.unitCode);
    tally.validCallbacks += outcome.validCallbacks;
    tally.solved += outcome.solved;
    tally.satisfied += outcome.satisfied;
    tally.basicallySatisfied += outcome.basicallySatisfied;
    if (outcome.solved > 0) tally.solvedByAttempt[outcome.attempt] = (tally.solvedByAttempt[outcome.attempt] ?? 0) + outcome.solved;
  }
  const ranked = rankUnits([...byUnit].map(([unitCode, counts]) => ({ unitCode, counts })), weights);
  return ranked.map(({ unitCode, counts, index, rank }) => ({
    unitCode,
    dispatched: counts.dispatched,
    signedOnTime: counts.signedOnTime,
    replied: counts.replied,
    validCallbacks: counts.validCallbacks,
    solved: counts.solved,
    satisfied: counts.satisfied,
    basicallySatisfied: counts.basicallySatisfied,
    solvedByAttempt: counts.solvedByAttempt,
    ...threeRates(counts),
    compositeIndex: index,
    rank,
  }));
}
export type UnitMonthRow = ReturnType<typeof unitMonthTable>[number];
