/**
 * What one unit (承办单位) did in one month, as counted from recorded facts. `dispatched` and
 * `signedOnTime` belong to the month of the assignment; the callback counts to the month of the
 * request's last valid callback (回访), so the two halves may come from different requests.
 */
export interface UnitMonthCounts {
  dispatched: number;
  signedOnTime: number;
  /** Callbacks where the resident was reached and answered. */
  validCallbacks: number;
  solved: number;
  satisfied: number;
  basicallySatisfied: number;
}

const FIELDS: ReadonlyArray<keyof UnitMonthCounts> = ['dispatched', 'signedOnTime', 'validCallbacks', 'solved', 'satisfied', 'basicallySatisfied'];

/**
 * Counts that cannot be true would publish a rate above 100 % or below 0 %, so they are refused
 * rather than clamped: the fault lies in the counting and must be found there.
 * @throws RangeError naming the first count that is wrong.
 */
export function assertValidCounts(c: UnitMonthCounts): void {
  for (const field of FIELDS) {
    if (!Number.isInteger(c[field]) || c[field] < 0) {
      throw new RangeError(`${field} must be a non-negative integer, not ${c[field]}`);
    }
  }
  if (c.signedOnTime > c.dispatched) {
    throw new RangeError(`signedOnTime (${c.signedOnTime}) cannot exceed dispatched (${c.dispatched})`);
  }
  if (c.solved > c.validCallbacks) {
    throw new RangeError(`solved (${c.solved}) cannot exceed validCallbacks (${c.validCallbacks})`);
  }
  if (c.satisfied + c.basicallySatisfied > c.validCallbacks) {
    throw new RangeError(
      `satisfied + basicallySatisfied (${c.satisfied + c.basicallySatisfied}) cannot exceed validCallbacks (${c.validCallbacks})`,
    );
  }
}
