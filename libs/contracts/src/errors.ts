/**
 * Typed errors a service raises; they travel back to the gateway as a CommandReply and are mapped
 * once, at the HTTP edge, to a status and a message the user can act on.
 */
export type ErrorCode =
  | 'validation-failed'
  | 'not-found'
  | 'conflict'
  | 'stale-version'
  | 'forbidden'
  | 'idempotency-key-reused'
  | 'unavailable'
  | 'internal';

export interface ErrorBody {
  status: number;
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export class CivicError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }

  toBody(): ErrorBody {
    return { status: this.status, code: this.code, message: this.message, details: this.details };
  }
}

export interface FieldProblem {
  field: string;
  reason: string;
}

export class ValidationFailed extends CivicError {
  constructor(readonly problems: FieldProblem[]) {
    super(400, 'validation-failed', problems.map((p) => `${p.field}: ${p.reason}`).join('; '), { problems });
  }
}

export class NotFound extends CivicError {
  constructor(what: string, id: string) {
    super(404, 'not-found', `${what} ${id} was not found`);
  }
}

/** An action not allowed in the current state: says the state and what is allowed instead. */
export class IllegalTransition extends CivicError {
  constructor(what: string, state: string, action: string, allowed: readonly string[]) {
    super(409, 'conflict', `${what} is ${state}: "${action}" is not allowed now (allowed: ${allowed.join(', ') || 'nothing'})`, {
      state,
      action,
      allowed,
    });
  }
}

export class StaleVersion extends CivicError {
  constructor(what: string, expected: number, actual: number) {
    super(409, 'stale-version', `${what} has changed (you had version ${expected}, it is now ${actual}); reload and try again`, {
      expected,
      actual,
    });
  }
}

export class Forbidden extends CivicError {
  constructor(message: string) {
    super(403, 'forbidden', message);
  }
}

export class IdempotencyKeyReused extends CivicError {
  constructor() {
    super(422, 'idempotency-key-reused', 'this Idempotency-Key was already used with a different request body; use a new key');
  }
}

export function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'status' in value && 'code' in value && 'message' in value;
}

/** What the caller sees of an unexpected failure: no internals, no personal data. */
export const INTERNAL_ERROR: ErrorBody = { status: 500, code: 'internal', message: 'internal error; the failure was logged' };
