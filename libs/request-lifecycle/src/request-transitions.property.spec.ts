import fc from 'fast-check';
import { IllegalTransition } from '@civicloop/contracts';
import { REQUEST_ACTIONS, type RequestAction } from './request-action';
import { isRequestStatus, REQUEST_STATUSES, type RequestStatus } from './request-status';
import { allowedActions, canApply, nextStatus } from './request-transitions';

/** Fixed seed and bounded runs: the same cases every time, fast enough for every CI run. */
const RUNS = { seed: 20261124, numRuns: 400 };
const FINAL: readonly RequestStatus[] = ['closed', 'triaged'];

/**
 * One step a client attempts: half the time an action the machine allows now (so sequences reach
 * deep states), otherwise any action at all (mostly refused).
 */
type Attempt = { pick: 'allowed'; index: number } | { pick: 'any'; action: RequestAction };
const attempt: fc.Arbitrary<Attempt> = fc.oneof(
  fc.record({ pick: fc.constant('allowed' as const), index: fc.nat() }),
  fc.record({ pick: fc.constant('any' as const), action: fc.constantFrom(...REQUEST_ACTIONS) }),
);
const attempts = fc.array(attempt, { maxLength: 60 });

interface Step {
  before: RequestStatus;
  action: RequestAction;
  after: RequestStatus;
  refused: IllegalTransition | null;
}

/** Plays the attempts against a request the way a command handler does: a refusal changes nothing. */
function play(plan: readonly Attempt[]): Step[] {
  let status: RequestStatus = 'registered';
  const steps: Step[] = [];
  for (const next of plan) {
    const allowed = allowedActions(status);
    const action = next.pick === 'any' ? next.action : (allowed[next.index % Math.max(allowed.length, 1)] ?? REQUEST_ACTIONS[next.index % REQUEST_ACTIONS.length]);
    const before = status;
    try {
      status = nextStatus(status, action);
      steps.push({ before, action, after: status, refused: null });
    } catch (error) {
      if (!(error instanceof IllegalTransition)) throw error;
      steps.push({ before, action, after: status, refused: error });
    }
  }
  return steps;
}

/** Every status reachable from `from` by allowed actions. */
function reachableFrom(from: RequestStatus): Set<RequestStatus> {
  const seen = new Set<RequestStatus>([from]);
  const queue = [from];
  while (queue.length > 0) {
    const status = queue.shift()!;
    for (const action of allowedActions(status)) {
      const next = nextStatus(status, action);
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('the request state machine under any sequence of actions (property)', () => {
  it('leaves the request in a legal status after every step', () => {
    fc.assert(
      fc.property(attempts, (plan) => {
        for (const step of play(plan)) expect(isRequestStatus(step.after)).toBe(true);
      }),
      RUNS,
    );
  });

  it('refuses an action with 409 naming the state and what is allowed, and changes nothing', () => {
    fc.assert(
      fc.property(attempts, (plan) => {
        for (const step of play(plan).filter((candidate) => candidate.refused)) {
          expect(step.after).toBe(step.before);
          expect(step.refused!.status).toBe(409);
          expect(step.refused!.details).toEqual({ state: step.before, action: step.action, allowed: allowedActions(step.before) });
          expect(canApply(step.before, step.action)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('accepts exactly the actions it lists as allowed, in every status a sequence reaches', () => {
    fc.assert(
      fc.property(attempts, fc.constantFrom(...REQUEST_ACTIONS), (plan, action) => {
        const steps = play(plan);
        const status = steps.at(-1)?.after ?? 'registered';
        const accepted = (() => {
          try {
            nextStatus(status, action);
            return true;
          } catch {
            return false;
          }
        })();
        expect(accepted).toBe(allowedActions(status).includes(action));
        expect(canApply(status, action)).toBe(accepted);
      }),
      RUNS,
    );
  });

  it('accepts nothing once closed or triaged, whatever comes after', () => {
    fc.assert(
      fc.property(attempts, attempts, (toTheEnd, afterwards) => {
        const steps = play(toTheEnd);
        const final = steps.findIndex((step) => FINAL.includes(step.after));
        fc.pre(final >= 0);
        for (const step of steps.slice(final + 1)) expect(step).toMatchObject({ before: steps[final].after, after: steps[final].after });
        for (const action of afterwards.flatMap((next) => (next.pick === 'any' ? [next.action] : []))) {
          expect(() => nextStatus(steps[final].after, action)).toThrow(IllegalTransition);
        }
      }),
      { ...RUNS, numRuns: 200 },
    );
    // What the machine says about its final statuses, so a new status cannot silently become one.
    expect(REQUEST_STATUSES.filter((status) => allowedActions(status).length === 0)).toEqual([...FINAL]);
  });

  it('can still end the loop from any status a sequence reaches (no request gets stuck)', () => {
    fc.assert(
      fc.property(attempts, (plan) => {
        const status = play(plan).at(-1)?.after ?? 'registered';
        const reachable = reachableFrom(status);
        expect(FINAL.some((final) => reachable.has(final))).toBe(true);
      }),
      RUNS,
    );
  });

  it('lets a reply in only after signing, past the deadline, or for a merged duplicate; and closes only on a callback', () => {
    fc.assert(
      fc.property(attempts, (plan) => {
        for (const step of play(plan).filter((candidate) => !candidate.refused)) {
          if (step.action === 'reply') expect(['signed', 'expired', 'merged']).toContain(step.before);
          if (step.after === 'closed') expect(['record-solved-callback', 'close-unreached']).toContain(step.action);
          if (step.after === 'signed') expect(step.action).toBe('sign');
        }
      }),
      RUNS,
    );
  });
});
