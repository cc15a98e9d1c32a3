import { Urgency } from '@civicloop/contracts';

export type DeadlineKind = 'sign-for' | 'feedback';

/**
 * How long a unit has, per urgency. Sign-for (签收) counts working time on the district's
 * calendar; feedback counts natural time, as the product specification decides.
 */
export interface DeadlinePolicy {
  signForWorkingMinutes: Record<Urgency, number>;
  feedbackNaturalMinutes: Record<Urgency, number>;
}

const HOUR = 60;
/** One working day in the working calendar's definition: a whole local working day. */
const WORKING_DAY = 24 * HOUR;
const DAY = 24 * HOUR;

/** The published defaults: sign-for 15 min / 30 min / 1 working day; feedback 2 h / 24 h / 7 d / 15 d. */
export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = Object.freeze({
  signForWorkingMinutes: Object.freeze({ emergency: 15, utilities: 30, general: WORKING_DAY, complex: WORKING_DAY }),
  feedbackNaturalMinutes: Object.freeze({ emergency: 2 * HOUR, utilities: 24 * HOUR, general: 7 * DAY, complex: 15 * DAY }),
});
