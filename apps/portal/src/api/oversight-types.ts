/** The gateway's answers for oversight (objections, extensions, supervision, callbacks, appeals, rates), as the portal reads them. */

export type ObjectionState = 'awaiting-manager' | 'in-review' | 'refused-by-manager' | 'upheld' | 'rejected';

/** GET /objections: 派单异议. */
export interface ObjectionView {
  id: string;
  assignmentId: string;
  requestId: string;
  attempt: number;
  unitCode: string;
  objectionNo: number;
  reason: string;
  state: ObjectionState;
  reviewerRole: 'dispatcher' | 'supervisor';
  raisedBy: string;
  raisedAt: string;
  windowEndsAt: string;
  reviewDueAt: string | null;
  manager: { userId: string; decidedAt: string | null; note: string | null } | null;
  review: { userId: string; reviewedAt: string | null; note: string | null; reassignedUnitCode: string | null } | null;
}

export type ExtensionState = 'awaiting-manager' | 'awaiting-dispatcher' | 'granted' | 'refused';

/** GET /extensions: 延期. */
export interface ExtensionView {
  id: string;
  assignmentId: string;
  requestId: string;
  attempt: number;
  unitCode: string;
  reason: string;
  requestedDeadline: string;
  previousDeadline: string;
  originalDeadline: string;
  state: ExtensionState;
  requestedBy: string;
  requestedAt: string;
  decision: { userId: string; role: string | null; decidedAt: string | null; note: string | null } | null;
  version: number;
}

/** GET /supervision: an overdue order on the supervisors' queue (督办). */
export interface SupervisionItemView {
  id: string;
  assignmentId: string;
  requestId: string;
  unitCode: string;
  kind: string;
  dueAt: string;
  escalatedAt: string;
  minutesLate: number;
  state: string;
}

/** GET /supervision/notices: 督办通知. */
export interface SupervisionNoticeView {
  id: string;
  assignmentId: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  about: string[];
  note: string;
  dueAt: string;
  issuedAt: string;
  issuedBy: string;
}

/** GET /callbacks: a request due a callback (回访). */
export interface CallbackQueueItem {
  requestId: string;
  attempt: number;
  status: 'replied' | 'expired';
  because: string | null;
  dueSince: string;
  unitCode: string | null;
  assignmentId: string | null;
  primaryRequestId: string | null;
  callsMade: number;
  callsLeft: number;
}

/** GET /assessment/appeals: 考核申诉. */
export interface AppealView {
  appealId: string;
  assignmentId: string;
  requestId: string;
  unitCode: string;
  reason: string;
  state: 'pending' | 'accepted' | 'rejected';
  appealedBy: string;
  appealedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
}

export type RatesLevel = 'unit' | 'street' | 'district';

export interface RatesRow {
  code: string;
  name: string;
  kind: string;
  dispatched: number;
  signedOnTime: number;
  replied: number;
  validCallbacks: number;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  compositeIndex: number | null;
  rank: number | null;
  excluded: { assignments: number; callbacks: number };
}

/** What was left out of a unit's rates, and why. */
export interface ExclusionView {
  kind: 'objection-upheld' | 'appeal-accepted' | 'unreasonable' | 'invalid-callback';
  requestId: string;
  assignmentId: string | null;
  unitCode: string;
  reason: string;
  note: string | null;
  at: string;
  response: boolean;
  callback: boolean;
}

export interface CompositeWeightsView {
  response: number;
  resolution: number;
  satisfaction: number;
  basicallySatisfiedWeight?: number;
}

/** GET /reports/rates?month=&level=. */
export interface AreaRatesReport {
  month: string;
  level: RatesLevel;
  weights: CompositeWeightsView;
  rows: RatesRow[];
  exclusions: ExclusionView[];
}

export interface TrendPoint extends RatesRow {
  month: string;
  rankedAmong: number;
  change: number | null;
}

/** GET /reports/rates/trend. */
export interface RatesTrendReport {
  code: string;
  name: string;
  level: RatesLevel;
  months: TrendPoint[];
}

export interface PublishedRankingVersion {
  version: number;
  publishedAt: string;
  publishedBy: string;
  reason: string;
  weights: CompositeWeightsView;
  unit: RatesRow[];
  street: RatesRow[];
  district: RatesRow[];
  exclusions: ExclusionView[];
}

/** GET /reports/rankings/:month: the first version and any corrected ones. */
export interface PublishedRankings {
  month: string;
  versions: PublishedRankingVersion[];
}

/** 热点: GET /reports/hotspots */
export interface HotspotsReport {
  month: string;
  previousMonth: string;
  by: 'category' | 'area';
  rows: Array<{ code: string; requests: number; previous: number; rising: boolean }>;
  repeatCallers: { residents: number; requests: number };
}
