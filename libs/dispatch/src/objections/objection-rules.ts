import type { WorkingCalendar } from '@civicloop/working-calendar';
import type { RequestAction } from '@civicloop/request-lifecycle';

/** Where an objection (派单异议) stands: with the unit's manager, in review, or decided. */
export type ObjectionState = 'awaiting-manager' | 'in-review' | 'refused-by-manager' | 'upheld' | 'rejected';
export const OBJECTION_STATES: readonly ObjectionState[] = ['awaiting-manager', 'in-review', 'refused-by-manager', 'upheld', 'rejected'];

/** Who decides an objection in review: a dispatcher, or after two objections the supervisor (arbitration). */
export type ObjectionReviewerRole = 'dispatcher' | 'supervisor';

/** Objections on one order that a dispatcher reviews before the supervisor arbitrates the next. */
export const OBJECTIONS_BEFORE_ARBITRATION = 2;

/** A unit may object until the window's end: its working time counted on the district's calendar from dispatch. */
export function objectionWindow(calendar: WorkingCalendar, dispatchedAt: Date, windowWorkingMinutes: number, now: Date) {
  const endsAt = calendar.addWorkingTime(dispatchedAt, windowWorkingMinutes);
  return { endsAt, open: now.getTime() <= endsAt.getTime() };
}

/**
 * The how-many-th objection this one is on the request's order in this attempt. Objections the
 * unit's own manager refused never left the unit, so they do not count.
 */
export function objectionNumber(earlier: ReadonlyArray<{ state: ObjectionState }>): number {
  return earlier.filter((objection) => objection.state !== 'refused-by-manager').length + 1;
}

/** The first two objections on an order go to the dispatchers; from the third on the supervisor arbitrates. */
export function reviewerRoleFor(objectionNo: number): ObjectionReviewerRole {
  return objectionNo > OBJECTIONS_BEFORE_ARBITRATION ? 'supervisor' : 'dispatcher';
}

/** Straight to review, or first to the unit's manager when the district turns that step on. */
export function objectionRoute(managerApprovesObjections: boolean): { action: RequestAction; state: ObjectionState } {
  return managerApprovesObjections
    ? { action: 'object-for-approval', state: 'awaiting-manager' }
    : { action: 'object', state: 'in-review' };
}

/** Review is due this much working time after the objection reaches the review queue. */
export function reviewDueAt(calendar: WorkingCalendar, reachedReviewAt: Date, reviewWorkingMinutes: number): Date {
  return calendar.addWorkingTime(reachedReviewAt, reviewWorkingMinutes);
}
