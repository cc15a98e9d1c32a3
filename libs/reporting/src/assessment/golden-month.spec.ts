// The golden month (tests/fixtures/golden-month.ts) fed straight into reporting's pure tables: the
// facts the steps leave behind, counted and ranked, must give the numbers worked out by hand.
import { localMonth } from '@civicloop/clock';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the fixture is shared with tests/integration/golden-month.test.ts
import {
  EXPECTED_DISTRICT,
  EXPECTED_EXCLUSIONS,
  EXPECTED_SOLVED_BY_ATTEMPT,
  EXPECTED_STREETS,
  EXPECTED_UNITS,
  GOLDEN_MONTH,
  GOLDEN_UNIT_TREE,
  GOLDEN_WEIGHTS,
  goldenTimeline,
} from '../../../../tests/fixtures/golden-month';
// eslint-disable-next-line @nx/enforce-module-boundaries -- shared with the integration suite
import { expectRatesRow } from '../../../../tests/fixtures/expect-rates-row';
import type { AssignmentFactRow, Exclusion } from './assessment-facts';
import { countMonth } from './count-month';
import { lastValidCallbacks, type RecordedCallback } from './last-valid-callback';
import { levelTable } from './level-tables';
import { UnitTree } from './unit-tree';

const inMonth = (instant: string) => localMonth(new Date(instant), 'Asia/Shanghai') === GOLDEN_MONTH;

/** What reporting would have recorded once every step of the month has happened. */
function goldenFacts() {
  const facts: AssignmentFactRow[] = [];
  const callbacks: RecordedCallback[] = [];
  const exclusions: Exclusion[] = [];
  const unreached = new Map<string, number>();
  const mergedInto = new Map<string, string>();
  const appeals = new Map<string, { unitCode: string; assignmentId: string; reason: string }>();
  const lastOf = (story: string, unitCode?: string) => [...facts].reverse().find((f) => f.requestId === story && (!unitCode || f.unitCode === unitCode))!;

  for (const step of goldenTimeline()) {
    const story = step.story;
    switch (step.do) {
      case 'assigned':
        facts.push({ assignmentId: `${story}#${facts.length}`, requestId: story, unitCode: step.unitCode, role: step.role, attempt: step.attempt, dispatchedAt: step.at, signForDeadline: step.signForDeadline, signedAt: null, replied: false });
        break;
      case 'sign':
        lastOf(story, step.unitCode).signedAt = step.at;
        break;
      case 'reply':
        lastOf(story, step.unitCode).replied = true;
        break;
      case 'uphold-objection': {
        const withdrawn = lastOf(story, step.unitCode);
        exclusions.push({ kind: 'objection-upheld', requestId: story, assignmentId: withdrawn.assignmentId, unitCode: step.unitCode, reason: step.note, note: null, at: step.at });
        break;
      }
      case 'merge':
        mergedInto.set(story, step.intoStory);
        break;
      case 'callback': {
        // The lead of the request's latest try answers for it; a merged duplicate's is its primary's.
        const handled = lastOf(mergedInto.get(story) ?? story);
        const lead = [...facts].reverse().find((f) => f.requestId === handled.requestId && f.role === 'lead')!;
        const callbackId = `${story}/cb${callbacks.length}`;
        callbacks.push({ callbackId, requestId: story, unitCode: lead.unitCode, attempt: lead.attempt, valid: step.reached, solved: step.reached ? step.solved : null, satisfaction: step.reached ? step.satisfaction : null, recordedAt: step.at });
        if (!step.reached) {
          const calls = (unreached.get(story) ?? 0) + 1;
          unreached.set(story, calls);
          if (calls === 3) exclusions.push({ kind: 'invalid-callback', requestId: story, assignmentId: lead.assignmentId, unitCode: lead.unitCode, reason: 'not reached in 3 calls', note: null, at: step.at });
        }
        break;
      }
      case 'appeal':
        appeals.set(story, { unitCode: step.unitCode, assignmentId: lastOf(story, step.unitCode).assignmentId, reason: step.reason });
        break;
      case 'decide-appeal': {
        const appeal = appeals.get(story)!;
        if (step.accept) exclusions.push({ kind: 'appeal-accepted', requestId: story, assignmentId: appeal.assignmentId, unitCode: appeal.unitCode, reason: appeal.reason, note: step.note, at: step.at });
        break;
      }
      case 'flag-unreasonable':
        exclusions.push({ kind: 'unreasonable', requestId: story, assignmentId: null, unitCode: null, reason: step.reason, note: null, at: step.at });
        break;
      default:
        break; // register, dispatch, object, extension, report-to-lead, triage: nothing the rates count
    }
  }
  const outcomes = lastValidCallbacks(callbacks).filter((outcome) => inMonth(outcome.recordedAt));
  return { assignments: facts.filter((fact) => inMonth(fact.dispatchedAt)), outcomes, exclusions };
}

describe('the golden month, October 2026, counted by the pure tables', () => {
  const { assignments, outcomes, exclusions } = goldenFacts();
  const count = countMonth(assignments, outcomes, exclusions);
  const tree = new UnitTree(GOLDEN_UNIT_TREE);

  it('gives every unit the hand-worked counts, rates, composite index and rank', () => {
    const units = levelTable('unit', count, tree, GOLDEN_WEIGHTS);
    expect(units.map((row) => row.code).sort()).toEqual(Object.keys(EXPECTED_UNITS).sort());
    for (const [code, expected] of Object.entries(EXPECTED_UNITS)) expectRatesRow(units.find((row) => row.code === code), expected, code);
  });

  it('reports the try each request was solved at beside the rates', () => {
    const units = levelTable('unit', count, tree, GOLDEN_WEIGHTS);
    for (const [code, solvedByAttempt] of Object.entries(EXPECTED_SOLVED_BY_ATTEMPT)) {
      expect({ code, solvedByAttempt: units.find((row) => row.code === code)!.solvedByAttempt }).toEqual({ code, solvedByAttempt });
    }
  });

  it('gives every street its own and its communities\' counts', () => {
    const streets = levelTable('street', count, tree, GOLDEN_WEIGHTS);
    expect(streets).toHaveLength(2);
    for (const [code, expected] of Object.entries(EXPECTED_STREETS)) expectRatesRow(streets.find((row) => row.code === code), expected, code);
  });

  it('gives the district every unit\'s counts in one row', () => {
    const [district, ...more] = levelTable('district', count, tree, GOLDEN_WEIGHTS);
    expect(more).toEqual([]);
    expectRatesRow(district, EXPECTED_DISTRICT, 'district');
  });

  it('lists every exclusion with the unit it spared and what it took out', () => {
    const listed = count.excluded.map((item) => ({ story: item.requestId, kind: item.kind, unitCode: item.unitCode, response: item.response, callback: item.callback }));
    expect(listed).toEqual(EXPECTED_EXCLUSIONS);
    expect(count.excluded.every((item) => item.reason.length > 0)).toBe(true);
  });
});
