import type { Satisfaction } from '@civicloop/contracts';

/** A held reception day as the statistics count it. */
export interface CountedDay {
  presentDeputies: number;
  residents: number;
}

/** Where an issue ended: solved on the spot or by its request's final callback, and how satisfied. */
export interface CountedIssue {
  solved: boolean;
  /** The resident's last valid callback; null when not (yet) called back validly. */
  satisfaction: Satisfaction | null;
}

export interface ReceptionFigures {
  rounds: number;
  deputyVisits: number;
  residents: number;
  issues: number;
  solved: number;
  /** Valid callbacks and those satisfied or basically satisfied (基本满意 counts fully). */
  rated: number;
  satisfied: number;
  /** Percent with two decimals (97.74), null without a valid callback. */
  satisfactionRate: number | null;
}

/**
 * Step 8, the figures Changning publishes per street and month: rounds (场次), deputy-visits
 * (代表委员人次), residents (接待群众), issues (问题), solved (解决) and satisfaction (满意率).
 */
export function receptionFigures(days: readonly CountedDay[], issues: readonly CountedIssue[]): ReceptionFigures {
  const rated = issues.filter((issue) => issue.satisfaction !== null);
  const satisfied = rated.filter((issue) => issue.satisfaction !== 'not-satisfied').length;
  return {
    rounds: days.length,
    deputyVisits: days.reduce((sum, day) => sum + day.presentDeputies, 0),
    residents: days.reduce((sum, day) => sum + day.residents, 0),
    issues: issues.length,
    solved: issues.filter((issue) => issue.solved).length,
    rated: rated.length,
    satisfied,
    satisfactionRate: rated.length === 0 ? null : Math.round((satisfied / rated.length) * 10_000) / 100,
  };
}

/** A request's history entries as intake keeps them (its own table). */
export interface HistoryFact {
  type: string;
  data: { solved?: boolean | null; valid?: boolean; satisfaction?: Satisfaction | null };
}

/**
 * Where a reception issue ended: solved on the spot, or by the request's last close (request.closed
 * solved), and the satisfaction of its last valid callback — the rule of PRODUCT.md "Which month counts".
 */
export function issueOutcome(solvedOnSite: boolean, history: readonly HistoryFact[]): CountedIssue {
  const closes = history.filter((fact) => fact.type === 'request.closed');
  const callbacks = history.filter((fact) => fact.type === 'callback.recorded' && fact.data.valid === true);
  const lastClose = closes[closes.length - 1];
  const lastCallback = callbacks[callbacks.length - 1];
  return {
    solved: solvedOnSite || lastClose?.data.solved === true,
    satisfaction: solvedOnSite ? null : (lastCallback?.data.satisfaction ?? null),
  };
}
