import { IllegalTransition } from '@civicloop/contracts';

/** A reception day's life: planned (计划) → announced (公告) → held (接待) → archived (归档). */
export const RECEPTION_DAY_STATES = ['planned', 'announced', 'held', 'archived'] as const;
export type ReceptionDayState = (typeof RECEPTION_DAY_STATES)[number];
export type ReceptionDayAction = 'announce' | 'register-visitor' | 'prepare' | 'hold' | 'send-letter' | 'flag-typical' | 'archive';

const ALLOWED: Record<ReceptionDayState, readonly ReceptionDayAction[]> = {
  planned: ['announce'],
  announced: ['register-visitor', 'prepare', 'hold'],
  held: ['send-letter', 'flag-typical', 'archive'],
  archived: ['flag-typical'],
};

const NEXT: Partial<Record<ReceptionDayAction, ReceptionDayState>> = { announce: 'announced', hold: 'held', archive: 'archived' };

export function allowedDayActions(state: ReceptionDayState): readonly ReceptionDayAction[] {
  return ALLOWED[state];
}

/** The state after the action, or 409 naming the state and what is allowed now. */
export function nextDayState(state: ReceptionDayState, action: ReceptionDayAction): ReceptionDayState {
  if (!ALLOWED[state].includes(action)) throw new IllegalTransition('the reception day', state, action, ALLOWED[state]);
  return NEXT[action] ?? state;
}

export const ANNOUNCE_DAYS_AHEAD = 7;

/** Whole days from one local date to another (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Step 2: announced a week ahead (提前一周公告). Later than that is allowed with a warning (residents
 * have less time to register); a day already past cannot be announced.
 */
export function announcementTiming(date: string, today: string): { late: boolean } {
  const ahead = daysBetween(today, date);
  if (ahead < 0) {
    throw new IllegalTransition('the reception day', `past (${date})`, 'announce', []);
  }
  return { late: ahead < ANNOUNCE_DAYS_AHEAD };
}

/** Step 4: at least three residents as a guideline — below that a warning, not a refusal. */
export const RESIDENTS_GUIDELINE = 3;
export function receptionWarnings(residents: number): string[] {
  return residents < RESIDENTS_GUIDELINE
    ? [`at-least-three-residents: ${residents} resident(s) received; the guideline is at least ${RESIDENTS_GUIDELINE} (至少接待三名居民)`]
    : [];
}
