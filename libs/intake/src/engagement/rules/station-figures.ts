import type { Satisfaction, StationIssueSource } from '@civicloop/contracts';

/** A station issue as the dashboards count it. */
export interface CountedStationIssue {
  source: StationIssueSource;
  categoryCode: string | null;
  receivedAt: Date;
  acceptedAt: Date | null;
  firstReplyAt: Date | null;
  /** Handed on (交办): where its request ended, by its own history; null when not handed on. */
  request: { closed: boolean; solved: boolean | null; satisfaction: Satisfaction | null } | null;
}

export interface MeanMinutes {
  all: number | null;
  online: number | null;
  visit: number | null;
}

export interface StationFigures {
  issues: number;
  online: number;
  visits: number;
  replied: number;
  /** Percent with two decimals; null without issues. Zhejiang publishes 100 % replied. */
  repliedShare: number | null;
  meanMinutesToFirstReply: MeanMinutes;
  /** How much faster online replies are than offline ones (Zhejiang: 39.5 %); one decimal. */
  onlineFasterByPercent: number | null;
  meanMinutesToAccept: MeanMinutes;
  requests: { handedOn: number; closed: number; solved: number; rated: number; satisfied: number; resolutionRate: number | null; satisfactionRate: number | null };
  /** 意见集中度: issues per category, most first (ties by code, uncategorised last), with their share in percent. */
  topics: Array<{ categoryCode: string | null; issues: number; share: number }>;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 100);
const minutes = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 60_000;

function mean(values: number[]): number | null {
  return values.length === 0 ? null : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}

function meanBySource(issues: readonly CountedStationIssue[], end: (issue: CountedStationIssue) => Date | null): MeanMinutes {
  const of = (chosen: readonly CountedStationIssue[]) => mean(chosen.flatMap((issue) => (end(issue) === null ? [] : [minutes(issue.receivedAt, end(issue)!)])));
  return { all: of(issues), online: of(issues.filter((i) => i.source === 'online')), visit: of(issues.filter((i) => i.source === 'visit')) };
}

/**
 * The dashboard of a station or a deputy: issues, the replied share, response times (received →
 * accepted, received → first reply) online against offline, and for the issues handed on as
 * requests the resolution and satisfaction rates of their valid callbacks (PRODUCT.md's rates:
 * solved ÷ valid callbacks; satisfied or basically satisfied ÷ valid callbacks).
 */
export function stationFigures(issues: readonly CountedStationIssue[]): StationFigures {
  const replied = issues.filter((issue) => issue.firstReplyAt !== null).length;
  const toReply = meanBySource(issues, (issue) => issue.firstReplyAt);
  const handedOn = issues.flatMap((issue) => (issue.request ? [issue.request] : []));
  const rated = handedOn.filter((request) => request.satisfaction !== null);
  const solvedRated = rated.filter((request) => request.solved === true).length;
  const satisfied = rated.filter((request) => request.satisfaction !== 'not-satisfied').length;
  const byCategory = new Map<string | null, number>();
  for (const issue of issues) byCategory.set(issue.categoryCode, (byCategory.get(issue.categoryCode) ?? 0) + 1);
  return {
    issues: issues.length,
    online: issues.filter((issue) => issue.source === 'online').length,
    visits: issues.filter((issue) => issue.source === 'visit').length,
    replied,
    repliedShare: percent(replied, issues.length),
    meanMinutesToFirstReply: toReply,
    onlineFasterByPercent:
      toReply.online === null || toReply.visit === null || toReply.visit === 0 ? null : Math.round(((toReply.visit - toReply.online) / toReply.visit) * 1000) / 10,
    meanMinutesToAccept: meanBySource(issues, (issue) => issue.acceptedAt),
    requests: {
      handedOn: handedOn.length,
      closed: handedOn.filter((request) => request.closed).length,
      solved: solvedRated,
      rated: rated.length,
      satisfied,
      resolutionRate: percent(solvedRated, rated.length),
      satisfactionRate: percent(satisfied, rated.length),
    },
    topics: [...byCategory.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] === null ? 1 : b[0] === null ? -1 : a[0].localeCompare(b[0])))
      .map(([categoryCode, count]) => ({ categoryCode, issues: count, share: percent(count, issues.length)! })),
  };
}

/** A request's history entries as intake keeps them (its own table). */
export interface RequestFact {
  type: string;
  data: { solved?: boolean | null; valid?: boolean; satisfaction?: Satisfaction | null };
}

/** Where a handed-on issue's request ended: closed or not, and its last valid callback. */
export function requestOutcome(history: readonly RequestFact[]): { closed: boolean; solved: boolean | null; satisfaction: Satisfaction | null } {
  const valid = history.filter((fact) => fact.type === 'callback.recorded' && fact.data.valid === true);
  const last = valid[valid.length - 1];
  return {
    closed: history.some((fact) => fact.type === 'request.closed'),
    solved: last ? last.data.solved === true : null,
    satisfaction: last?.data.satisfaction ?? null,
  };
}
