import { IllegalTransition } from '@civicloop/contracts';
import { REQUEST_ACTIONS, RequestAction } from './request-action';
import { REQUEST_STATUSES, RequestStatus } from './request-status';
import { allowedActions, canApply, nextStatus } from './request-transitions';

/** The rule book as the product specifies it, written out independently of the implementation. */
const EXPECTED: Array<[RequestStatus, RequestAction, RequestStatus]> = [
  ['registered', 'queue', 'queued'],
  ['registered', 'dispatch', 'dispatched'],
  ['registered', 'triage', 'triaged'],
  ['registered', 'merge', 'merged'],
  ['queued', 'dispatch', 'dispatched'],
  ['queued', 'triage', 'triaged'],
  ['queued', 'merge', 'merged'],
  ['dispatched', 'redispatch', 'dispatched'],
  ['dispatched', 'sign', 'signed'],
  ['dispatched', 'object', 'objected'],
  ['dispatched', 'object-for-approval', 'objection-pending'],
  ['dispatched', 'expire', 'expired'],
  ['objection-pending', 'approve-objection', 'objected'],
  ['objection-pending', 'refuse-objection', 'dispatched'],
  ['objection-pending', 'expire', 'expired'],
  ['objected', 'uphold-objection', 'queued'],
  ['objected', 'reject-objection', 'dispatched'],
  ['objected', 'expire', 'expired'],
  ['signed', 'reply', 'replied'],
  ['signed', 'expire', 'expired'],
  ['replied', 'record-unreached-callback', 'replied'],
  ['replied', 'record-solved-callback', 'closed'],
  ['replied', 'record-unsolved-callback', 'reopened'],
  ['replied', 'close-unreached', 'closed'],
  ['expired', 'redispatch', 'dispatched'],
  ['expired', 'sign', 'expired'],
  ['expired', 'object', 'expired'],
  ['expired', 'object-for-approval', 'expired'],
  ['expired', 'approve-objection', 'expired'],
  ['expired', 'refuse-objection', 'expired'],
  ['expired', 'uphold-objection', 'queued'],
  ['expired', 'reject-objection', 'expired'],
  ['expired', 'reply', 'replied'],
  ['expired', 'record-unreached-callback', 'expired'],
  ['expired', 'record-solved-callback', 'closed'],
  ['expired', 'record-unsolved-callback', 'reopened'],
  ['expired', 'close-unreached', 'closed'],
  ['reopened', 'dispatch', 'dispatched'],
  ['reopened', 'queue', 'queued'],
  ['merged', 'reply', 'replied'],
];

const expectedNext = (status: RequestStatus, action: RequestAction) =>
  EXPECTED.find(([from, via]) => from === status && via === action)?.[2];

const allPairs = REQUEST_STATUSES.flatMap((status) => REQUEST_ACTIONS.map((action) => [status, action] as const));
const allowedPairs = allPairs.filter(([status, action]) => expectedNext(status, action) !== undefined);
const refusedPairs = allPairs.filter(([status, action]) => expectedNext(status, action) === undefined);

describe('the request state machine', () => {
  it('covers every one of the 12 × 19 status and action pairs in this spec', () => {
    expect(allowedPairs).toHaveLength(EXPECTED.length);
    expect(allowedPairs.length + refusedPairs.length).toBe(REQUEST_STATUSES.length * REQUEST_ACTIONS.length);
  });

  describe.each(allowedPairs)('a %s request given "%s"', (status, action) => {
    it('moves to the status the rule book names', () => {
      expect(nextStatus(status, action)).toBe(expectedNext(status, action));
    });

    it('is reported as applicable', () => {
      expect(canApply(status, action)).toBe(true);
    });
  });

  describe.each(refusedPairs)('a %s request given "%s"', (status, action) => {
    it('refuses with a 409 IllegalTransition that names the status and the allowed actions', () => {
      let thrown: unknown;
      try {
        nextStatus(status, action);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(IllegalTransition);
      const error = thrown as IllegalTransition;
      expect(error.status).toBe(409);
      expect(error.code).toBe('conflict');
      expect(error.details).toEqual({ state: status, action, allowed: allowedActions(status) });
      expect(error.message).toContain(status);
      expect(error.message).toContain(action);
    });

    it('is reported as not applicable', () => {
      expect(canApply(status, action)).toBe(false);
    });
  });
});

describe('allowed actions', () => {
  it.each(REQUEST_STATUSES)('for a %s request are exactly those the rule book lists, in the order of REQUEST_ACTIONS', (status) => {
    const expected = REQUEST_ACTIONS.filter((action) => expectedNext(status, action) !== undefined);
    expect(allowedActions(status)).toEqual(expected);
  });

  it('are handed out as a copy, so a caller cannot change the rules', () => {
    allowedActions('registered').push('reply');
    expect(allowedActions('registered')).toEqual(['queue', 'dispatch', 'triage', 'merge']);
  });
});

describe('rules worth stating on their own', () => {
  it('a dispatched request cannot be replied to before it is signed for', () => {
    expect(() => nextStatus('dispatched', 'reply')).toThrow(IllegalTransition);
    expect(nextStatus(nextStatus('dispatched', 'sign'), 'reply')).toBe('replied');
  });

  it('a closed request allows nothing and says so', () => {
    expect(allowedActions('closed')).toEqual([]);
    expect(() => nextStatus('closed', 'dispatch')).toThrow('"dispatch" is not allowed now (allowed: nothing)');
  });

  it('an upheld objection sends the request back to the queue for re-dispatch', () => {
    const objected = nextStatus('dispatched', 'object');
    expect(nextStatus(nextStatus(objected, 'uphold-objection'), 'dispatch')).toBe('dispatched');
  });

  it('a rejected objection hands the request back to the unit, which must still sign for it', () => {
    expect(nextStatus('objected', 'reject-objection')).toBe('dispatched');
    expect(canApply('dispatched', 'sign')).toBe(true);
  });

  it('an unreached callback leaves the request waiting for another callback', () => {
    expect(nextStatus('replied', 'record-unreached-callback')).toBe('replied');
  });

  it('an unsolved callback reopens the request for a second try', () => {
    const reopened = nextStatus('replied', 'record-unsolved-callback');
    expect(reopened).toBe('reopened');
    expect(allowedActions(reopened)).toEqual(['queue', 'dispatch']);
  });

  it('a request answered at once, referred or refused leaves the loop for good', () => {
    expect(allowedActions(nextStatus('registered', 'triage'))).toEqual([]);
  });

  it('a merged duplicate is covered by its primary\'s reply and then called back like any other', () => {
    const replied = nextStatus(nextStatus('queued', 'merge'), 'reply');
    expect(nextStatus(replied, 'record-solved-callback')).toBe('closed');
  });

  it('an objection that waits for the unit manager goes to review only once approved', () => {
    const pending = nextStatus('dispatched', 'object-for-approval');
    expect(canApply(pending, 'uphold-objection')).toBe(false);
    expect(nextStatus(nextStatus(pending, 'approve-objection'), 'uphold-objection')).toBe('queued');
    expect(nextStatus(pending, 'refuse-objection')).toBe('dispatched');
  });

  it('an order whose feedback deadline passed during an objection goes back to the queue when the objection is upheld', () => {
    const expired = nextStatus(nextStatus('dispatched', 'object'), 'expire');
    expect(nextStatus(expired, 'uphold-objection')).toBe('queued');
    expect(nextStatus(expired, 'reject-objection')).toBe('expired');
  });

  it('a late signing after the feedback deadline is recorded without leaving the callback queue', () => {
    expect(nextStatus(nextStatus('dispatched', 'expire'), 'sign')).toBe('expired');
  });

  it('a feedback deadline that passes without a reply still leads to a callback, and a late reply is taken', () => {
    const expired = nextStatus('signed', 'expire');
    expect(nextStatus(expired, 'record-unsolved-callback')).toBe('reopened');
    expect(nextStatus(expired, 'reply')).toBe('replied');
  });

  it('every status can be reached from registered, and only closed and triaged have no way out', () => {
    const reached = new Set<RequestStatus>(['registered']);
    const frontier: RequestStatus[] = ['registered'];
    while (frontier.length > 0) {
      const status = frontier.pop()!;
      for (const action of allowedActions(status)) {
        const next = nextStatus(status, action);
        if (!reached.has(next)) {
          reached.add(next);
          frontier.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual([...REQUEST_STATUSES].sort());
    expect(REQUEST_STATUSES.filter((status) => allowedActions(status).length === 0)).toEqual(['closed', 'triaged']);
  });
});
