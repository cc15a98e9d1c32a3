import type { ReceptionDayView, ReplyLegView } from '../api/engagement-types';

/** How a leg of the reply chain stands for whoever watches it: answered, late, due within two days, open or not yet due. */
export type LegStanding = 'replied' | 'late' | 'due-soon' | 'open' | 'waiting';

const TWO_DAYS = 2 * 24 * 3_600_000;

export function legStanding(leg: ReplyLegView, now: number): LegStanding {
  if (leg.state === 'replied') return 'replied';
  if (leg.state === 'waiting') return 'waiting';
  const due = leg.dueAt ? Date.parse(leg.dueAt) : null;
  if (leg.late || (due !== null && due < now)) return 'late';
  if (due !== null && due - now < TWO_DAYS) return 'due-soon';
  return 'open';
}

/** Days whose team includes one of `deputyIds`; every day when the deputy's own entry is unknown. */
export function daysOf<T extends Pick<ReceptionDayView, 'team'>>(days: readonly T[], deputyIds: readonly string[] | null): T[] {
  if (deputyIds === null) return [...days];
  return days.filter((day) => day.team.some((member) => deputyIds.includes(member.id)));
}

/** Upcoming days (today or later, local dates YYYY-MM-DD), soonest first. */
export function upcoming<T extends Pick<ReceptionDayView, 'date'>>(days: readonly T[], today: string): T[] {
  return days.filter((day) => day.date >= today).sort((a, b) => a.date.localeCompare(b.date));
}

/** Today's local date in the district's time zone (the demo districts keep Asia/Shanghai). */
export function localToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The backend names a team's composition problem per team: field `teams[i]` (or `teams[i].deputyIds`)
 * and a reason starting with the rule's name. Grouped by team index, rule and text kept as sent.
 */
export function teamProblems(problems: ReadonlyArray<{ field: string; reason: string }>): Map<number, Array<{ rule: string; reason: string }>> {
  const byTeam = new Map<number, Array<{ rule: string; reason: string }>>();
  for (const problem of problems) {
    const match = /^teams\[(\d+)\]/.exec(problem.field);
    if (!match) continue;
    const index = Number(match[1]);
    const rule = /^([a-z0-9-]+):/.exec(problem.reason)?.[1] ?? 'team';
    byTeam.set(index, [...(byTeam.get(index) ?? []), { rule, reason: problem.reason }]);
  }
  return byTeam;
}

/** Share of `part` in `whole` (0–1), null when nothing to share. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
