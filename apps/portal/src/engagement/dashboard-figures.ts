import type { ReceptionIssueView } from '../api/engagement-types';

export interface DashboardFigures {
  received: number;
  lettered: number;
  solved: number;
  /** Valid callbacks (satisfaction known). */
  rated: number;
  satisfied: number;
  /** Open legs past their deadline. */
  lateLegs: number;
  /** Concentration of opinions (意见集中度): issues per category, most first. */
  byCategory: Array<{ categoryCode: string; count: number }>;
}

/** A deputy's dashboard from the issues they received: resolution, satisfaction and where opinions concentrate. */
export function dashboardFigures(issues: readonly ReceptionIssueView[]): DashboardFigures {
  const counts = new Map<string, number>();
  for (const issue of issues) counts.set(issue.categoryCode, (counts.get(issue.categoryCode) ?? 0) + 1);
  const rated = issues.filter((issue) => issue.outcome?.satisfaction);
  return {
    received: issues.length,
    lettered: issues.filter((issue) => issue.letter !== null).length,
    solved: issues.filter((issue) => issue.outcome?.solved === true).length,
    rated: rated.length,
    satisfied: rated.filter((issue) => issue.outcome!.satisfaction === 'satisfied' || issue.outcome!.satisfaction === 'basically-satisfied').length,
    lateLegs: issues.flatMap((issue) => issue.legs).filter((leg) => leg.state !== 'replied' && leg.late).length,
    byCategory: [...counts].map(([categoryCode, count]) => ({ categoryCode, count })).sort((a, b) => b.count - a.count || a.categoryCode.localeCompare(b.categoryCode)),
  };
}
