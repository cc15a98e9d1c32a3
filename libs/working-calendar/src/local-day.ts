import { localDate } from '@civicloop/clock';

/**
 * Arithmetic on local calendar days (`YYYY-MM-DD`) and their boundaries in a time zone, done with
 * UTC arithmetic and Intl, so the answer never depends on the machine's own zone.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a local date, refusing anything that is not a real calendar day (e.g. 2026-02-30). */
export function parseLocalDate(localDate: string): { year: number; month: number; day: number } {
  const match = LOCAL_DATE_PATTERN.exec(localDate);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const asUtc = new Date(Date.UTC(year, month - 1, day));
    if (asUtc.getUTCFullYear() === year && asUtc.getUTCMonth() === month - 1 && asUtc.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`"${localDate}" is not a calendar date in the form YYYY-MM-DD`);
}

function wallClockAsUtc(localDate: string): number {
  const { year, month, day } = parseLocalDate(localDate);
  return Date.UTC(year, month - 1, day);
}

/** 0 = Sunday … 6 = Saturday; a date's weekday does not depend on any time zone. */
export function weekdayOf(localDate: string): number {
  return new Date(wallClockAsUtc(localDate)).getUTCDay();
}

export function nextLocalDate(localDate: string): string {
  return new Date(wallClockAsUtc(localDate) + DAY_MS).toISOString().slice(0, 10);
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at the instant, in milliseconds. */
export function zoneOffsetAt(instant: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const wallClock = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return wallClock - Math.floor(instant / 1000) * 1000;
}

/**
 * The first instant of a local day. Usually local midnight; where clocks jump forward at midnight
 * (e.g. America/Santiago) midnight does not exist and the day begins at the jump. The offsets a
 * day before, at, and a day after the wall-clock guess include the offsets on both sides of any
 * transition near that midnight; the earliest candidate that falls on the day itself is the start.
 */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const wallMidnight = wallClockAsUtc(date);
  const candidates = [wallMidnight - DAY_MS, wallMidnight, wallMidnight + DAY_MS]
    .map((probe) => wallMidnight - zoneOffsetAt(probe, timeZone))
    .filter((instant) => localDate(new Date(instant), timeZone) === date);
  if (candidates.length === 0) {
    throw new RangeError(`${date} has no start in ${timeZone}`);
  }
  return new Date(Math.min(...candidates));
}
