/**
 * Reception dates by a recurrence rule (Changning: the last Thursday of each month; Zhejiang's
 * stations: the 2nd and 4th Thursday). Weekdays are ISO: 1 Monday … 7 Sunday. Dates are local
 * calendar dates (YYYY-MM-DD), so no time zone enters the arithmetic.
 */
export type RecurrenceRule =
  | { kind: 'last-weekday-of-month'; weekday: number }
  | { kind: 'nth-weekdays-of-month'; weekday: number; nths: number[] };

export const RECURRENCE_KINDS = ['last-weekday-of-month', 'nth-weekdays-of-month'] as const;

function isoWeekdayOf(year: number, month: number, day: number): number {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every day of the month that falls on the weekday, in order. */
function weekdaysOfMonth(year: number, month: number, weekday: number): number[] {
  const first = 1 + ((weekday - isoWeekdayOf(year, month, 1) + 7) % 7);
  const days: number[] = [];
  for (let day = first; day <= daysInMonth(year, month); day += 7) days.push(day);
  return days;
}

/** The last given weekday of a month, e.g. the last Thursday of November 2026 → 2026-11-26. */
export function lastWeekdayOfMonth(year: number, month: number, weekday: number): string {
  const days = weekdaysOfMonth(year, month, weekday);
  return isoDate(year, month, days[days.length - 1]);
}

/** The n-th given weekdays of a month (1-based; a 5th that does not exist is skipped). */
export function nthWeekdaysOfMonth(year: number, month: number, weekday: number, nths: readonly number[]): string[] {
  const days = weekdaysOfMonth(year, month, weekday);
  return [...new Set(nths)]
    .sort((a, b) => a - b)
    .filter((nth) => nth >= 1 && nth <= days.length)
    .map((nth) => isoDate(year, month, days[nth - 1]));
}

/** What is wrong with a rule, or null when it can plan dates. */
export function recurrenceProblem(rule: RecurrenceRule): string | null {
  if (!RECURRENCE_KINDS.includes(rule?.kind)) return `kind must be one of: ${RECURRENCE_KINDS.join(', ')}`;
  if (!Number.isInteger(rule.weekday) || rule.weekday < 1 || rule.weekday > 7) return 'weekday must be 1 (Monday) to 7 (Sunday)';
  if (rule.kind === 'nth-weekdays-of-month') {
    if (!Array.isArray(rule.nths) || rule.nths.length === 0) return 'nths must name at least one week of the month (1 to 5)';
    if (rule.nths.some((nth) => !Number.isInteger(nth) || nth < 1 || nth > 5)) return 'nths must be whole numbers from 1 to 5';
  }
  return null;
}

/** The year's dates by the rule, in order, optionally from a month on (a plan made mid-year). */
export function datesOfYear(rule: RecurrenceRule, year: number, fromMonth = 1): string[] {
  const dates: string[] = [];
  for (let month = fromMonth; month <= 12; month += 1) {
    if (rule.kind === 'last-weekday-of-month') dates.push(lastWeekdayOfMonth(year, month, rule.weekday));
    else dates.push(...nthWeekdaysOfMonth(year, month, rule.weekday, rule.nths));
  }
  return dates;
}
