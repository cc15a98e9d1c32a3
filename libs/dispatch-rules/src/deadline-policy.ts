import { Urgency } from '@civicloop/contracts';

export type DeadlineKind = 'sign-for' | 'feedback';

/** A category's own limits; anything it leaves out comes from its parent category, then the district. */
export interface CategoryDeadlines {
  signForWorkingMinutes?: Partial<Record<Urgency, number>>;
  feedbackMinutes?: Partial<Record<Urgency, number>>;
  /** Feedback counts working time for this category instead of the district's choice. */
  feedbackCountsWorkingTime?: boolean;
}

/**
 * How long a unit has, per urgency and, where the district says so, per category. Sign-for (签收)
 * counts working time on the district's calendar; feedback counts natural time unless the
 * district (or a category) sets otherwise, as the product specification decides.
 */
export interface DeadlinePolicy {
  signForWorkingMinutes: Record<Urgency, number>;
  /** Feedback limits; natural minutes unless `feedbackCountsWorkingTime`. */
  feedbackNaturalMinutes: Record<Urgency, number>;
  /** Absent: false (natural time). */
  feedbackCountsWorkingTime?: boolean;
  /** Per category code; a category's setting covers its subcategories unless they set their own. */
  byCategory?: Record<string, CategoryDeadlines>;
}

/** The limits one order works to, after the category tree and the district's policy are applied. */
export interface DeadlineLimits {
  signForWorkingMinutes: number;
  feedbackMinutes: number;
  feedbackCountsWorkingTime: boolean;
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

/**
 * The limits for an order of `urgency` in the category whose lineage (the category first, then
 * its parent, up to the root) is given: each limit comes from the nearest category that sets it,
 * else from the district's policy.
 */
export function deadlineLimits(policy: DeadlinePolicy, urgency: Urgency, categoryLineage: readonly string[] = []): DeadlineLimits {
  const overrides = categoryLineage.map((code) => policy.byCategory?.[code]).filter((entry): entry is CategoryDeadlines => entry !== undefined);
  const nearest = <T>(pick: (entry: CategoryDeadlines) => T | undefined): T | undefined =>
    overrides.map(pick).find((value) => value !== undefined);
  return {
    signForWorkingMinutes: nearest((entry) => entry.signForWorkingMinutes?.[urgency]) ?? policy.signForWorkingMinutes[urgency],
    feedbackMinutes: nearest((entry) => entry.feedbackMinutes?.[urgency]) ?? policy.feedbackNaturalMinutes[urgency],
    feedbackCountsWorkingTime: nearest((entry) => entry.feedbackCountsWorkingTime) ?? policy.feedbackCountsWorkingTime ?? false,
  };
}
