import type { WorkingCalendar } from '@civicloop/working-calendar';

/** Where an extension (延期) stands: with the unit's manager, with the dispatchers, or decided. */
export type ExtensionState = 'awaiting-manager' | 'awaiting-dispatcher' | 'granted' | 'refused';
export const EXTENSION_STATES: readonly ExtensionState[] = ['awaiting-manager', 'awaiting-dispatcher', 'granted', 'refused'];

/** A unit's extension goes to its manager first when the district turns that step on, else straight to the dispatchers. */
export function firstExtensionState(managerApprovesExtensions: boolean): ExtensionState {
  return managerApprovesExtensions ? 'awaiting-manager' : 'awaiting-dispatcher';
}

/** The latest feedback deadline all extensions of one assignment together may reach: the cap counted from the original deadline. */
export function latestExtendedDeadline(calendar: WorkingCalendar, originalDeadline: Date, capWorkingMinutes: number): Date {
  return calendar.addWorkingTime(originalDeadline, capWorkingMinutes);
}

export type ExtensionCheck =
  | { ok: true; latestAllowed: Date }
  | { ok: false; problem: 'not-later'; latestAllowed: Date }
  | { ok: false; problem: 'beyond-cap'; latestAllowed: Date };

/**
 * An extension must move the feedback deadline later, and all extensions of the assignment
 * together stay within the district's cap (default 10 working days) from the original deadline.
 */
export function checkExtension(input: {
  calendar: WorkingCalendar;
  originalDeadline: Date;
  currentDeadline: Date;
  requestedDeadline: Date;
  capWorkingMinutes: number;
}): ExtensionCheck {
  const latestAllowed = latestExtendedDeadline(input.calendar, input.originalDeadline, input.capWorkingMinutes);
  if (input.requestedDeadline.getTime() <= input.currentDeadline.getTime()) return { ok: false, problem: 'not-later', latestAllowed };
  if (input.requestedDeadline.getTime() > latestAllowed.getTime()) return { ok: false, problem: 'beyond-cap', latestAllowed };
  return { ok: true, latestAllowed };
}
