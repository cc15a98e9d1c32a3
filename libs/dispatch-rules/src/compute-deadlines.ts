import { Urgency } from '@civicloop/contracts';
import { WorkingCalendar } from '@civicloop/working-calendar';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy, deadlineLimits } from './deadline-policy';

export interface AssignmentDeadlines {
  signForDeadline: Date;
  feedbackDeadline: Date;
}

/**
 * Both clocks start at the assignment; an upheld objection makes a new assignment, so a new start.
 * `categoryLineage`: the request's category, then its ancestors, for per-category limits.
 */
export function computeDeadlines(
  calendar: WorkingCalendar,
  urgency: Urgency,
  dispatchedAt: Date,
  policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY,
  categoryLineage: readonly string[] = [],
): AssignmentDeadlines {
  const limits = deadlineLimits(policy, urgency, categoryLineage);
  return {
    signForDeadline: calendar.addWorkingTime(dispatchedAt, limits.signForWorkingMinutes),
    feedbackDeadline: limits.feedbackCountsWorkingTime
      ? calendar.addWorkingTime(dispatchedAt, limits.feedbackMinutes)
      : calendar.addNaturalTime(dispatchedAt, limits.feedbackMinutes),
  };
}
