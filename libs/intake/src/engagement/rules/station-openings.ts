import { datesOfYear, type RecurrenceRule } from './recurrence';

/** An opening schedule as the rules read it: dates by rule, a local time window, an optional validity. */
export interface ScheduleRule {
  id: string;
  rule: RecurrenceRule;
  startTime: string;
  endTime: string;
  validFrom: string | null;
  validUntil: string | null;
}

export interface Opening {
  scheduleId: string;
  date: string;
  startTime: string;
  endTime: string;
}

/** The dates of one schedule from `from` to `to` (local dates, both included). */
function datesBetween(schedule: ScheduleRule, from: string, to: string): string[] {
  const first = schedule.validFrom !== null && schedule.validFrom > from ? schedule.validFrom : from;
  const last = schedule.validUntil !== null && schedule.validUntil < to ? schedule.validUntil : to;
  const dates: string[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1) {
    dates.push(...datesOfYear(schedule.rule, year).filter((date) => date >= first && date <= last));
  }
  return dates;
}

/** Every opening of the schedules between two local dates, by date and start time. */
export function openingsBetween(schedules: readonly ScheduleRule[], from: string, to: string): Opening[] {
  return schedules
    .flatMap((schedule) => datesBetween(schedule, from, to).map((date) => ({ scheduleId: schedule.id, date, startTime: schedule.startTime, endTime: schedule.endTime })))
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.scheduleId.localeCompare(b.scheduleId));
}

/** Whether a station opens by this schedule on the date (a visit is registered at an opening). */
export function opensOn(schedule: ScheduleRule, date: string): boolean {
  return datesBetween(schedule, date, date).length === 1;
}

/** The next openings from today on, at most `limit` within `days` days. */
export function nextOpenings(schedules: readonly ScheduleRule[], today: string, limit = 6, days = 90): Opening[] {
  const until = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return openingsBetween(schedules, today, until).slice(0, limit);
}

/**
 * A local date and time of day in China Standard Time as an instant. China has kept UTC+8 all year
 * since 1991 (the districts' default zone, Asia/Shanghai), so the offset is fixed.
 */
export function chinaInstant(date: string, time: string): string {
  return new Date(`${date}T${time}:00+08:00`).toISOString();
}
