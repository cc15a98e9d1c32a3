import { DEFAULT_TIME_ZONE, localDate as localDateOf } from '@civicloop/clock';
import { CalendarYear } from './calendar-year';
import { nextLocalDate, parseLocalDate, startOfLocalDay, weekdayOf } from './local-day';

const MINUTE_MS = 60_000;
/** Admins are warned from this local month on when next year's schedule is still missing. */
const WARN_FROM_MONTH = 11;

/**
 * A district's working calendar.
 *
 * Working time, in this version: time elapses only during local calendar days that are working
 * days, and all of such a day counts (24 h; no office hours). A working minute is a real minute,
 * so a working day whose clocks change for DST is 23 or 25 hours long. A start on a non-working
 * day begins counting at the start of the next working day.
 *
 * A year without a schedule falls back to weekends only, and admins are warned (see
 * missingYearsWarning) rather than given a guessed schedule.
 */
export class WorkingCalendar {
  private readonly coveredYears: ReadonlySet<number>;
  private readonly daysOff: ReadonlySet<string>;
  private readonly makeUpWorkdays: ReadonlySet<string>;

  constructor(
    years: CalendarYear[],
    private readonly timeZone: string = DEFAULT_TIME_ZONE,
  ) {
    // Refuse an unknown zone now rather than at the first deadline computed with it.
    localDateOf(new Date(0), timeZone);
    const covered = new Set<number>();
    const daysOff = new Set<string>();
    const makeUp = new Set<string>();
    for (const year of years) {
      if (covered.has(year.year)) {
        throw new Error(`the working calendar has ${year.year} twice`);
      }
      covered.add(year.year);
      // Dates are not required to lie in `year`: a notice may move days at the turn of the year.
      year.holidays.forEach((day) => daysOff.add(checked(day)));
      year.makeUpWorkdays.forEach((day) => makeUp.add(checked(day)));
    }
    for (const day of makeUp) {
      if (daysOff.has(day)) {
        throw new Error(`${day} is listed both as a holiday and as a make-up working day`);
      }
    }
    this.coveredYears = covered;
    this.daysOff = daysOff;
    this.makeUpWorkdays = makeUp;
  }

  isWorkingDay(localDate: string): boolean {
    if (this.makeUpWorkdays.has(localDate)) return true;
    if (this.daysOff.has(localDate)) return false;
    const weekday = weekdayOf(localDate);
    return weekday !== 0 && weekday !== 6;
  }

  coversYear(year: number): boolean {
    return this.coveredYears.has(year);
  }

  /** The years the admins must fill in as of `now`: this year, and from November next year too. */
  missingYears(now: Date): number[] {
    const { year, month } = parseLocalDate(localDateOf(now, this.timeZone));
    const needed = month >= WARN_FROM_MONTH ? [year, year + 1] : [year];
    return needed.filter((y) => !this.coversYear(y));
  }

  /** A warning for admins, zh-CN first, or null when nothing is missing. */
  missingYearsWarning(now: Date): string | null {
    const missing = this.missingYears(now);
    if (missing.length === 0) return null;
    const zh = missing.map((y) => `${y}年`).join('、');
    const en = missing.join(' and ');
    return (
      `工作日历缺少${zh}的节假日安排，目前只按周末计算休息日；请按国务院办公厅通知补录。` +
      ` The working calendar has no holiday schedule for ${en}; only weekends count as days off until an admin adds the official schedule.`
    );
  }

  /** See the class comment for what a working minute is. */
  addWorkingTime(from: Date, minutes: number): Date {
    if (!Number.isFinite(minutes) || minutes < 0) {
      throw new RangeError(`working time must be a non-negative number of minutes, not ${minutes}`);
    }
    let remaining = minutes * MINUTE_MS;
    let cursor = from.getTime();
    let day = localDateOf(from, this.timeZone);
    for (;;) {
      const nextDay = nextLocalDate(day);
      const dayEnd = startOfLocalDay(nextDay, this.timeZone).getTime();
      if (this.isWorkingDay(day)) {
        const available = dayEnd - cursor;
        if (remaining <= available) return new Date(cursor + remaining);
        remaining -= available;
      }
      cursor = dayEnd;
      day = nextDay;
    }
  }

  /** Natural time runs through nights, weekends and holidays alike; negative minutes go back. */
  addNaturalTime(from: Date, minutes: number): Date {
    if (!Number.isFinite(minutes)) {
      throw new RangeError(`natural time must be a finite number of minutes, not ${minutes}`);
    }
    return new Date(from.getTime() + minutes * MINUTE_MS);
  }
}

function checked(day: string): string {
  parseLocalDate(day);
  return day;
}
