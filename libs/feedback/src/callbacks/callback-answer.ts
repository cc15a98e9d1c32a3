import {
  SATISFACTION_LEVELS,
  ValidationFailed,
  type FieldProblem,
  type RecordCallbackPayload,
  type Satisfaction,
} from '@civicloop/contracts';
import type { RequestAction } from '@civicloop/request-lifecycle';

/** What the resident said on a callback (回访). */
export interface CallbackAnswer {
  reached: boolean;
  solved: boolean | null;
  satisfaction: Satisfaction | null;
  /** Reached and answered both questions: only valid callbacks count in the three rates. */
  valid: boolean;
}

const absent = (value: unknown) => value === undefined || value === null;
const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Checks a callback at the edge. A reached resident must have answered both questions; an
 * unreached one cannot have answered any, so answers sent with `reached: false` are refused.
 */
export function readCallbackAnswer(payload: Partial<RecordCallbackPayload> | undefined): {
  requestId: string;
  answer: CallbackAnswer;
  /** Not solved: the unit the agent suggests for the next try (重办), or null to leave it to dispatch. */
  suggestedUnitCode: string | null;
} {
  const input = payload ?? {};
  const problems: FieldProblem[] = [];
  if (typeof input.requestId !== 'string' || input.requestId.length === 0) problems.push({ field: 'requestId', reason: 'is required' });
  if (typeof input.reached !== 'boolean') problems.push({ field: 'reached', reason: 'must be true or false' });
  if (input.reached === true) {
    if (typeof input.solved !== 'boolean') problems.push({ field: 'solved', reason: 'is required when the resident was reached' });
    if (!(SATISFACTION_LEVELS as readonly unknown[]).includes(input.satisfaction)) {
      problems.push({ field: 'satisfaction', reason: `is required when the resident was reached: one of ${SATISFACTION_LEVELS.join(', ')}` });
    }
  }
  if (input.reached === false) {
    if (!absent(input.solved)) problems.push({ field: 'solved', reason: 'must be left out when the resident was not reached' });
    if (!absent(input.satisfaction)) problems.push({ field: 'satisfaction', reason: 'must be left out when the resident was not reached' });
  }
  if (!absent(input.unitCode)) {
    if (typeof input.unitCode !== 'string' || !UNIT_CODE.test(input.unitCode)) problems.push({ field: 'unitCode', reason: 'must be a unit code' });
    else if (!(input.reached === true && input.solved === false)) problems.push({ field: 'unitCode', reason: 'is only for a request the resident says is not solved' });
  }
  if (problems.length > 0) throw new ValidationFailed(problems);
  const reached = input.reached as boolean;
  return {
    requestId: input.requestId as string,
    answer: {
      reached,
      solved: reached ? (input.solved as boolean) : null,
      satisfaction: reached ? (input.satisfaction as Satisfaction) : null,
      valid: reached,
    },
    suggestedUnitCode: absent(input.unitCode) ? null : (input.unitCode as string),
  };
}

/** The step of the request's life a callback records: not reached, solved (closed) or not solved (reopened, 重办). */
export function callbackAction(answer: CallbackAnswer): RequestAction {
  if (!answer.valid) return 'record-unreached-callback';
  return answer.solved ? 'record-solved-callback' : 'record-unsolved-callback';
}
