import type { Satisfaction } from '@civicloop/contracts';

/** One assignment (派单) made in the month, as the response rate counts it. */
export interface AssignmentFactRow {
  assignmentId: string;
  requestId: string;
  unitCode: string;
  /** 首接负责 / 吹哨报到: each assignment counts for its own unit, co-handlers too. */
  role: 'lead' | 'co-handler';
  attempt: number;
  dispatchedAt: string;
  signForDeadline: string;
  signedAt: string | null;
  replied: boolean;
}

/** A request's last valid callback (回访), in the month it fell in, for the unit on it (the lead). */
export interface CallbackOutcomeRow {
  requestId: string;
  unitCode: string;
  attempt: number;
  solved: boolean;
  satisfaction: Satisfaction;
}

/**
 * Why something is kept out of assessment:
 * - objection-upheld: the assignment was withdrawn after the unit's objection (派单异议) was upheld;
 * - appeal-accepted: a supervisor accepted the unit's appeal (考核申诉) on its assignment;
 * - unreasonable: a supervisor flagged the order 恶意/无理 — out for every unit;
 * - invalid-callback: the resident was not reached in three calls (listed; it never counted).
 */
export type ExclusionKind = 'objection-upheld' | 'appeal-accepted' | 'unreasonable' | 'invalid-callback';

export interface Exclusion {
  kind: ExclusionKind;
  requestId: string;
  /** The assignment it concerns; null for a flag on the whole order. */
  assignmentId: string | null;
  /** The unit it concerns; null for a flag on the whole order (every unit). */
  unitCode: string | null;
  reason: string;
  /** A reviewer's or supervisor's note beside the reason, when there is one. */
  note: string | null;
  at: string;
}

/** An exclusion as the report lists it: which unit it took what from. */
export interface ExcludedItem extends Exclusion {
  unitCode: string;
  /** Taken out of the unit's response rate (dispatched and signed on time). */
  response: boolean;
  /** Taken out of the unit's resolution and satisfaction rates. */
  callback: boolean;
}
