import type { RequestAction } from '@civicloop/request-lifecycle';
import { callbackAction, type CallbackAnswer } from './callback-answer';

/**
 * Calls to reach the resident for one attempt's callback before it is given up as invalid (the
 * rule book's default; a district's own number would have to reach feedback in an event).
 */
export const CALLBACK_CALLS = 3;

export interface CallbackStep {
  /** 1-based: the how-many-th call of this attempt's callback. */
  callNo: number;
  /** Ends the attempt's callback: the resident was reached, or this was the last allowed call. */
  final: boolean;
  action: RequestAction;
}

/**
 * Counts the calls of one callback (回访). A reached resident ends it (solved closes, not solved
 * reopens); an unreached call leaves it waiting, until the last allowed one closes the loop as
 * "not reached": an invalid callback, kept out of the rates.
 */
export function callbackStep(answer: CallbackAnswer, callsSoFar: number, maxCalls = CALLBACK_CALLS): CallbackStep {
  const callNo = callsSoFar + 1;
  if (answer.reached) return { callNo, final: true, action: callbackAction(answer) };
  const final = callNo >= maxCalls;
  return { callNo, final, action: final ? 'close-unreached' : 'record-unreached-callback' };
}
