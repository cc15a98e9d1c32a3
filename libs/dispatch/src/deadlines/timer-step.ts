/** A pending timer as the clock sees it: when its time started, when it is due, whether it was reminded. */
export interface PendingTimer {
  startsAt: Date;
  dueAt: Date;
  remindedAt: Date | null;
  /** The step was done although nothing marked the row (e.g. a supervised order signed for since): settled as met. */
  done?: boolean;
}

export type TimerStep = 'met' | 'miss' | 'remind' | 'wait';

/** The reminder falls due after `fraction` of the time allowed (default 0.75 of start → due). */
export function reminderAt(startsAt: Date, dueAt: Date, fraction: number): Date {
  const allowed = Math.max(0, dueAt.getTime() - startsAt.getTime());
  return new Date(startsAt.getTime() + allowed * fraction);
}

/**
 * What the timer does with a pending deadline now: one whose step is done is met; a deadline that has passed is missed (no late
 * reminder then); one past its reminder point that was not reminded yet gets its one reminder.
 */
export function timerStep(timer: PendingTimer, now: Date, fraction: number): TimerStep {
  if (timer.done) return 'met';
  if (timer.dueAt.getTime() <= now.getTime()) return 'miss';
  if (timer.remindedAt === null && reminderAt(timer.startsAt, timer.dueAt, fraction).getTime() <= now.getTime()) return 'remind';
  return 'wait';
}
