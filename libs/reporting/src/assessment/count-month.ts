import type { OutcomeTally, ResponseTally } from '../rates/unit-month-table';
import type { AssignmentFactRow, CallbackOutcomeRow, ExcludedItem, Exclusion } from './assessment-facts';

export interface MonthCount {
  responses: ResponseTally[];
  outcomes: OutcomeTally[];
  excluded: ExcludedItem[];
}

/** Does this exclusion take the assignment out of its unit's response rate? */
function excludesAssignment(exclusion: Exclusion, fact: AssignmentFactRow): boolean {
  switch (exclusion.kind) {
    case 'unreasonable':
      return exclusion.requestId === fact.requestId;
    case 'objection-upheld':
    case 'appeal-accepted':
      return exclusion.assignmentId === fact.assignmentId;
    default:
      return false;
  }
}

/** Does this exclusion take the request's callback out of its (lead) unit's resolution and satisfaction? */
function excludesOutcome(exclusion: Exclusion, outcome: CallbackOutcomeRow): boolean {
  if (exclusion.requestId !== outcome.requestId) return false;
  if (exclusion.kind === 'unreasonable') return true;
  // An accepted appeal is the unit's: it removes the order's callback only where that unit is charged with it.
  return exclusion.kind === 'appeal-accepted' && exclusion.unitCode === outcome.unitCode;
}

/**
 * The month's counts per unit after every exclusion (PRODUCT.md, "Three rates"), and the list of
 * what was excluded, from whom, and why. Pure: the same facts always give the same counts.
 */
export function countMonth(assignments: AssignmentFactRow[], outcomes: CallbackOutcomeRow[], exclusions: Exclusion[]): MonthCount {
  // Every exclusion names its request: look them up by request, so a month of a million facts is counted in one pass.
  const exclusionsOf = new Map<string, Exclusion[]>();
  for (const exclusion of exclusions) (exclusionsOf.get(exclusion.requestId) ?? exclusionsOf.set(exclusion.requestId, []).get(exclusion.requestId)!).push(exclusion);
  const none: Exclusion[] = [];
  const excluded = new Map<string, ExcludedItem>();
  const note = (exclusion: Exclusion, unitCode: string, part: 'response' | 'callback') => {
    const key = `${exclusion.kind}/${exclusion.requestId}/${exclusion.assignmentId ?? ''}/${unitCode}`;
    const item = excluded.get(key) ?? excluded.set(key, { ...exclusion, unitCode, response: false, callback: false }).get(key)!;
    item[part] = true;
  };

  const responses = new Map<string, ResponseTally>();
  for (const fact of assignments) {
    const by = (exclusionsOf.get(fact.requestId) ?? none).filter((exclusion) => excludesAssignment(exclusion, fact));
    if (by.length > 0) {
      by.forEach((exclusion) => note(exclusion, fact.unitCode, 'response'));
      continue;
    }
    const tally = responses.get(fact.unitCode) ?? responses.set(fact.unitCode, { unitCode: fact.unitCode, dispatched: 0, signedOnTime: 0, replied: 0 }).get(fact.unitCode)!;
    tally.dispatched += 1;
    if (fact.signedAt !== null && Date.parse(fact.signedAt) <= Date.parse(fact.signForDeadline)) tally.signedOnTime += 1;
    if (fact.replied) tally.replied += 1;
  }

  const outcomeTallies = new Map<string, OutcomeTally>();
  for (const outcome of outcomes) {
    const by = (exclusionsOf.get(outcome.requestId) ?? none).filter((exclusion) => excludesOutcome(exclusion, outcome));
    if (by.length > 0) {
      by.forEach((exclusion) => note(exclusion, outcome.unitCode, 'callback'));
      continue;
    }
    const key = `${outcome.unitCode}/${outcome.attempt}`;
    const tally =
      outcomeTallies.get(key) ??
      outcomeTallies.set(key, { unitCode: outcome.unitCode, attempt: outcome.attempt, validCallbacks: 0, solved: 0, satisfied: 0, basicallySatisfied: 0 }).get(key)!;
    tally.validCallbacks += 1;
    if (outcome.solved) tally.solved += 1;
    if (outcome.satisfaction === 'satisfied') tally.satisfied += 1;
    if (outcome.satisfaction === 'basically-satisfied') tally.basicallySatisfied += 1;
  }

  // An invalid callback never counted: it is listed so the report shows why the request is missing.
  for (const exclusion of exclusions) {
    if (exclusion.kind === 'invalid-callback' && exclusion.unitCode !== null) note(exclusion, exclusion.unitCode, 'callback');
  }
  const order = (item: ExcludedItem) => `${item.at}/${item.unitCode}/${item.kind}`;
  return {
    responses: [...responses.values()],
    outcomes: [...outcomeTallies.values()],
    excluded: [...excluded.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0)),
  };
}
