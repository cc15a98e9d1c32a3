import { Urgency } from '@civicloop/contracts';
import { WorkingCalendar } from '@civicloop/working-calendar';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy } from './deadline-policy';

export interface AssignmentDeadlines {
  signForDeadline: Date;
  feedbackDeadline: Date;
}

/** Both clocks start at the assignment; an upheld objection makes a new assignment, so a new start. */
export function computeDeadlines(
  calendar: WorkingCalendar,
  urgency: Urgency,
  dispatchedAt: Date,
  policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY,
): AssignmentDeadlines {
  return {
    signForDeadline: calendar.addWorkingTime(dispatchedAt, policy.signForWorkingMinutes[urgency]),
    feedbackDeadline: calendar.addNaturalTime(dispatchedAt, policy.feedbackNaturalMinutes[urgency]),
  };
}
