import type { CountedIssue } from './reception-statistics';
import type { CommunityIssueState } from './deliberation-workflow';

/** A community issue as the monthly figures count it; `ordered` is its request's outcome. */
export interface CountedCommunityIssue {
  state: CommunityIssueState;
  ordered: (CountedIssue & { closed: boolean }) | null;
}

export interface OrderedFigures {
  count: number;
  solved: number;
  /** Closed without being solved (the last close said not solved). */
  notSolved: number;
  inProgress: number;
  rated: number;
  satisfied: number;
  satisfactionRate: number | null;
}

export interface DeliberationFigures {
  accepted: number;
  solved: number;
  selfSolved: number;
  /** Percent with two decimals (Lin'an: about 80 % solved by residents themselves), null with nothing accepted. */
  selfSolvedShare: number | null;
  communityLevel: number;
  departmentLevel: number;
  /** Collected and not yet triaged. */
  pending: number;
  sessionsHeld: number;
  ordered: OrderedFigures;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 100);

const COMMUNITY_LEVEL: readonly CommunityIssueState[] = ['community', 'on-agenda', 'decided', 'solved'];

/**
 * The figures Lin'an publishes (受理 accepted, 解决 solved, 自治解决占比), for the issues collected in a
 * month: solved means self-solved, solved by a closed session, or ordered and its request's last
 * close solved. Sessions count in the month they were held. 基本满意 counts as satisfied.
 */
export function deliberationFigures(issues: readonly CountedCommunityIssue[], sessionsHeld: number): DeliberationFigures {
  const ordered = issues.flatMap((issue) => (issue.state === 'ordered' && issue.ordered ? [issue.ordered] : []));
  const rated = ordered.filter((outcome) => outcome.satisfaction !== null);
  const satisfied = rated.filter((outcome) => outcome.satisfaction !== 'not-satisfied').length;
  const selfSolved = issues.filter((issue) => issue.state === 'self-solved').length;
  const orderedSolved = ordered.filter((outcome) => outcome.solved).length;
  return {
    accepted: issues.length,
    solved: selfSolved + issues.filter((issue) => issue.state === 'solved').length + orderedSolved,
    selfSolved,
    selfSolvedShare: percent(selfSolved, issues.length),
    communityLevel: issues.filter((issue) => COMMUNITY_LEVEL.includes(issue.state)).length,
    departmentLevel: issues.filter((issue) => issue.state === 'ordered').length,
    pending: issues.filter((issue) => issue.state === 'collected').length,
    sessionsHeld,
    ordered: {
      count: ordered.length,
      solved: orderedSolved,
      notSolved: ordered.filter((outcome) => outcome.closed && !outcome.solved).length,
      inProgress: ordered.filter((outcome) => !outcome.closed).length,
      rated: rated.length,
      satisfied,
      satisfactionRate: percent(satisfied, rated.length),
    },
  };
}
