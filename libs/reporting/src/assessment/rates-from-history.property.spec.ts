import fc from 'fast-check';
import { localMonth } from '@civicloop/clock';
import type { Satisfaction } from '@civicloop/contracts';
import { unitMonthTable } from '../rates/unit-month-table';
import type { AssignmentFactRow, Exclusion } from './assessment-facts';
import { countMonth } from './count-month';
import { lastValidCallbacks, type RecordedCallback } from './last-valid-callback';

/**
 * Rates recomputed from a random event history equal the rates of the read model that events were
 * folded into one by one, in any order and delivered more than once.
 *
 * Under test: the pure counting (lastValidCallbacks, countMonth, unitMonthTable, threeRates). The
 * fold itself is SQL upserts in FactRecorderService (least() for the first signing, the later
 * (callback_at, callback_id) wins, an upheld objection marks its assignment); it is modelled here
 * by those documented rules (`foldIntoReadModel`), and the SQL is covered by the golden-month and
 * reporting integration suites, not by this property.
 */
const RUNS = { seed: 20261124, numRuns: 150 };
const MONTH = '2026-10';
const ZONE = 'Asia/Shanghai';
const UNITS = ['street-donghua', 'street-jingshan', 'housing-bureau', 'water-company'];
const SATISFACTION: Satisfaction[] = ['satisfied', 'basically-satisfied', 'not-satisfied'];
/** Whole hours from mid-September to mid-November, so some facts fall outside the month and ties happen. */
const hour = fc.integer({ min: 0, max: 60 * 24 });
/** Callbacks on whole days (at 08:00 UTC), so two calls of one request often tie and the callback id decides. */
const day = fc.integer({ min: 0, max: 60 }).map((days) => days * 24 + 8);
const at = (hours: number) => new Date(Date.UTC(2026, 8, 15) + hours * 3_600_000).toISOString();

const assignmentArb = fc.record({
  unitCode: fc.constantFrom(...UNITS),
  role: fc.constantFrom('lead' as const, 'co-handler' as const),
  attempt: fc.integer({ min: 1, max: 3 }),
  dispatched: hour,
  /** Hours after dispatch each signing event says it happened (a redelivered older one too). */
  signings: fc.array(fc.integer({ min: 0, max: 72 }), { maxLength: 2 }),
  replied: fc.boolean(),
  upheld: fc.boolean(),
});
const callArb = fc.record({ unitCode: fc.constantFrom(...UNITS), attempt: fc.integer({ min: 1, max: 3 }), reached: fc.boolean(), solved: fc.boolean(), satisfaction: fc.constantFrom(...SATISFACTION), at: day });
const requestArb = fc.record({
  assignments: fc.array(assignmentArb, { minLength: 1, maxLength: 3 }),
  calls: fc.array(callArb, { maxLength: 4 }),
  /** One order in ten flagged 恶意/无理 by a supervisor: out for every unit. */
  unreasonable: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});
const historyArb = fc.array(requestArb, { maxLength: 12 });
type History = Array<typeof requestArb extends fc.Arbitrary<infer R> ? R : never>;

type FactEvent =
  | { type: 'created'; assignmentId: string; requestId: string; unitCode: string; role: 'lead' | 'co-handler'; attempt: number; dispatchedAt: string; signForDeadline: string }
  | { type: 'signed' | 'replied' | 'upheld'; assignmentId: string; requestId: string; at: string }
  | { type: 'callback'; callback: RecordedCallback };

function eventsOf(history: History): FactEvent[] {
  return history.flatMap((request, r) => {
    const requestId = `r${r}`;
    const assignments = request.assignments.flatMap((a, i): FactEvent[] => {
      const assignmentId = `${requestId}-a${i}`;
      const created: FactEvent = { type: 'created', assignmentId, requestId, unitCode: a.unitCode, role: a.role, attempt: a.attempt, dispatchedAt: at(a.dispatched), signForDeadline: at(a.dispatched + 24) };
      const signed = a.signings.map((after): FactEvent => ({ type: 'signed', assignmentId, requestId, at: at(a.dispatched + after) }));
      const replied: FactEvent[] = a.replied ? [{ type: 'replied', assignmentId, requestId, at: at(a.dispatched + 80) }] : [];
      const upheld: FactEvent[] = a.upheld ? [{ type: 'upheld', assignmentId, requestId, at: at(a.dispatched + 2) }] : [];
      return [created, ...signed, ...replied, ...upheld];
    });
    const calls = request.calls.map((c, i): FactEvent => ({
      type: 'callback',
      callback: { callbackId: `${requestId}-c${i}`, requestId, unitCode: c.unitCode, attempt: c.attempt, valid: c.reached, solved: c.reached ? c.solved : null, satisfaction: c.reached ? c.satisfaction : null, recordedAt: at(c.at) },
    }));
    return [...assignments, ...calls];
  });
}

const inMonth = (instant: string) => localMonth(new Date(instant), ZONE) === MONTH;
const later = (a: RecordedCallback, b: RecordedCallback) => Date.parse(a.recordedAt) > Date.parse(b.recordedAt) || (a.recordedAt === b.recordedAt && a.callbackId > b.callbackId);
const earliest = (a: string | null, b: string) => (a === null || Date.parse(b) < Date.parse(a) ? b : a);

interface FactRow {
  requestId: string;
  created?: Extract<FactEvent, { type: 'created' }>;
  signedAt: string | null;
  replied: boolean;
  upheldAt: string | null;
}

/** The read model as FactRecorderService keeps it: one commuting upsert per event. */
function foldIntoReadModel(events: FactEvent[]) {
  const facts = new Map<string, FactRow>();
  const outcomes = new Map<string, RecordedCallback>();
  for (const event of events) {
    if (event.type === 'callback') {
      const { callback } = event;
      const seen = outcomes.get(callback.requestId);
      if (callback.valid && (!seen || later(callback, seen))) outcomes.set(callback.requestId, callback);
      continue;
    }
    const row = facts.get(event.assignmentId) ?? facts.set(event.assignmentId, { requestId: event.requestId, signedAt: null, replied: false, upheldAt: null }).get(event.assignmentId)!;
    if (event.type === 'created') row.created = event;
    if (event.type === 'signed') row.signedAt = earliest(row.signedAt, event.at);
    if (event.type === 'replied') row.replied = true;
    if (event.type === 'upheld') row.upheldAt = event.at;
  }
  return { facts, outcomes };
}

/** What readMonthFacts selects from that model for the month, counted and tabled as the service does. */
function ratesOfReadModel(model: ReturnType<typeof foldIntoReadModel>, flagged: Set<string>) {
  const assignments: AssignmentFactRow[] = [];
  const exclusions: Exclusion[] = [];
  for (const [assignmentId, row] of model.facts) {
    if (!row.created || !inMonth(row.created.dispatchedAt)) continue;
    const { requestId, unitCode, role, attempt, dispatchedAt, signForDeadline } = row.created;
    assignments.push({ assignmentId, requestId, unitCode, role, attempt, dispatchedAt, signForDeadline, signedAt: row.signedAt, replied: row.replied });
    if (row.upheldAt) exclusions.push({ kind: 'objection-upheld', requestId, assignmentId, unitCode, reason: 'upheld', note: null, at: row.upheldAt });
  }
  const outcomes = lastValidCallbacks([...model.outcomes.values()]).filter((outcome) => inMonth(outcome.recordedAt));
  const monthRequests = new Set([...assignments.map((a) => a.requestId), ...outcomes.map((o) => o.requestId)]);
  for (const requestId of flagged) {
    if (monthRequests.has(requestId)) exclusions.push({ kind: 'unreasonable', requestId, assignmentId: null, unitCode: null, reason: '无理诉求', note: null, at: at(0) });
  }
  const count = countMonth(assignments, outcomes, exclusions);
  return unitMonthTable(count.responses, count.outcomes);
}

/** The rates worked out from the whole history at once, the plain way, without the read model. */
function ratesFromScratch(history: History) {
  const units = new Map<string, { dispatched: number; signedOnTime: number; replied: number; validCallbacks: number; solved: number; satisfied: number; basicallySatisfied: number }>();
  const unit = (code: string) => units.get(code) ?? units.set(code, { dispatched: 0, signedOnTime: 0, replied: 0, validCallbacks: 0, solved: 0, satisfied: 0, basicallySatisfied: 0 }).get(code)!;
  history.forEach((request, r) => {
    if (request.unreasonable) return;
    for (const a of request.assignments) {
      if (a.upheld || !inMonth(at(a.dispatched))) continue;
      const counts = unit(a.unitCode);
      counts.dispatched += 1;
      if (a.signings.length > 0 && Math.min(...a.signings) <= 24) counts.signedOnTime += 1;
      if (a.replied) counts.replied += 1;
    }
    const valid = request.calls.map((call, i) => ({ ...call, id: `r${r}-c${i}` })).filter((call) => call.reached);
    const last = valid.reduce<(typeof valid)[number] | null>((best, call) => (!best || call.at > best.at || (call.at === best.at && call.id > best.id) ? call : best), null);
    if (!last || !inMonth(at(last.at))) return;
    const counts = unit(last.unitCode);
    counts.validCallbacks += 1;
    if (last.solved) counts.solved += 1;
    if (last.satisfaction === 'satisfied') counts.satisfied += 1;
    if (last.satisfaction === 'basically-satisfied') counts.basicallySatisfied += 1;
  });
  const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
  return [...units]
    .filter(([, c]) => c.dispatched > 0 || c.validCallbacks > 0)
    .map(([unitCode, c]) => ({ unitCode, ...c, responseRate: ratio(c.signedOnTime, c.dispatched), resolutionRate: ratio(c.solved, c.validCallbacks), satisfactionRate: ratio(c.satisfied + c.basicallySatisfied, c.validCallbacks) }))
    .sort((a, b) => a.unitCode.localeCompare(b.unitCode));
}

const comparable = (rows: ReturnType<typeof unitMonthTable>) =>
  rows
    .map(({ unitCode, dispatched, signedOnTime, replied, validCallbacks, solved, satisfied, basicallySatisfied, responseRate, resolutionRate, satisfactionRate }) => ({
      unitCode, dispatched, signedOnTime, replied, validCallbacks, solved, satisfied, basicallySatisfied, responseRate, resolutionRate, satisfactionRate,
    }))
    .sort((a, b) => a.unitCode.localeCompare(b.unitCode));

/** The history's events in a random order, some delivered twice (a redelivery after a lost ack). */
const deliveredArb = historyArb.chain((history) => {
  const events = eventsOf(history);
  return fc.tuple(fc.constant(history), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), fc.subarray(events));
});

describe('rates recomputed from the event history equal the read model (property)', () => {
  it('gives the same counts and rates for every unit, whatever the order and redelivery of events', () => {
    fc.assert(
      fc.property(deliveredArb, ([history, shuffled, again]) => {
        const flagged = new Set(history.flatMap((request, r) => (request.unreasonable ? [`r${r}`] : [])));
        const model = foldIntoReadModel([...shuffled, ...again]);
        expect(comparable(ratesOfReadModel(model, flagged))).toEqual(ratesFromScratch(history));
      }),
      RUNS,
    );
  });

  it('counts a month in pieces (day by day) to the same table as all at once', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 2, max: 5 }), (history, pieces) => {
        const model = foldIntoReadModel(eventsOf(history));
        const assignments: AssignmentFactRow[] = [...model.facts]
          .filter(([, row]) => row.created && inMonth(row.created.dispatchedAt))
          .map(([assignmentId, row]) => ({ ...row.created!, assignmentId, signedAt: row.signedAt, replied: row.replied }));
        const outcomes = lastValidCallbacks([...model.outcomes.values()]).filter((outcome) => inMonth(outcome.recordedAt));
        const whole = countMonth(assignments, outcomes, []);
        const parts = Array.from({ length: pieces }, (_, piece) =>
          countMonth(assignments.filter((_, i) => i % pieces === piece), outcomes.filter((_, i) => i % pieces === piece), []),
        );
        const combined = unitMonthTable(parts.flatMap((part) => part.responses), parts.flatMap((part) => part.outcomes));
        expect(combined).toEqual(unitMonthTable(whole.responses, whole.outcomes));
      }),
      RUNS,
    );
  });
});
