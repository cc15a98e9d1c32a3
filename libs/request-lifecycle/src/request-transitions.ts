import { IllegalTransition } from '@civicloop/contracts';
import { REQUEST_ACTIONS, RequestAction } from './request-action';
import { RequestStatus } from './request-status';

/**
 * The whole rule book of the request's state machine in one table, so a reviewer can check it
 * against the product specification line by line. Anything not listed is refused.
 */
const TRANSITIONS: Readonly<Record<RequestStatus, Partial<Record<RequestAction, RequestStatus>>>> = {
  // Triage outcomes other than dispatch end the loop before any unit is involved.
  registered: { queue: 'queued', dispatch: 'dispatched', triage: 'triaged', merge: 'merged' },
  queued: { dispatch: 'dispatched', triage: 'triaged', merge: 'merged' },
  // A unit must sign for (签收) an order before it may reply, so `reply` is absent here.
  // Until the unit signs, a dispatcher may still move the order to another unit (改派).
  dispatched: { redispatch: 'dispatched', sign: 'signed', object: 'objected', 'object-for-approval': 'objection-pending', expire: 'expired' },
  // The unit's manager lets the objection leave the unit, or sends it back to be handled.
  'objection-pending': { 'approve-objection': 'objected', 'refuse-objection': 'dispatched', expire: 'expired' },
  // An upheld objection goes back to the dispatchers' queue; clocks restart from the new assignment.
  objected: { 'uphold-objection': 'queued', 'reject-objection': 'dispatched', expire: 'expired' },
  signed: { reply: 'replied', expire: 'expired' },
  // An unreached resident leaves the request waiting for the next callback attempt.
  replied: {
    'record-unreached-callback': 'replied',
    'record-solved-callback': 'closed',
    'record-unsolved-callback': 'reopened',
    // The last allowed call missed the resident too: closed with an invalid callback (kept out of the rates).
    'close-unreached': 'closed',
  },
  // Called back although the unit never replied; a late reply is still taken. The unit's own steps
  // that were under way when the deadline passed (a late signing, an objection and its review) are
  // still recorded; an upheld objection sends the order back to the queue for fresh clocks.
  expired: {
    redispatch: 'dispatched',
    sign: 'expired',
    object: 'expired',
    'object-for-approval': 'expired',
    'approve-objection': 'expired',
    'refuse-objection': 'expired',
    'uphold-objection': 'queued',
    'reject-objection': 'expired',
    reply: 'replied',
    'record-unreached-callback': 'expired',
    'record-solved-callback': 'closed',
    'record-unsolved-callback': 'reopened',
    'close-unreached': 'closed',
  },
  closed: {},
  // A reopened request (重办) goes to the same or another unit, directly or through the queue.
  reopened: { dispatch: 'dispatched', queue: 'queued' },
  triaged: {},
  // The primary's reply covers its duplicates; each resident is then called back on their own.
  merged: { reply: 'replied' },
};

/** The actions allowed now, in the order of REQUEST_ACTIONS so that messages and menus are stable. */
export function allowedActions(status: RequestStatus): RequestAction[] {
  const row = TRANSITIONS[status] ?? {};
  return REQUEST_ACTIONS.filter((action) => row[action] !== undefined);
}

export function canApply(status: RequestStatus, action: RequestAction): boolean {
  return TRANSITIONS[status]?.[action] !== undefined;
}

/** @throws IllegalTransition (409) naming the current status and what is allowed instead. */
export function nextStatus(status: RequestStatus, action: RequestAction): RequestStatus {
  const next = TRANSITIONS[status]?.[action];
  if (next === undefined) {
    throw new IllegalTransition('request', status, action, allowedActions(status));
  }
  return next;
}
