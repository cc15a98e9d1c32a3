/** The gateway's answers for deputies and community (issue 9), as the portal reads them. */

export const DEPUTY_BODIES = ['party-congress', 'peoples-congress', 'cppcc'] as const;
export type DeputyBody = (typeof DEPUTY_BODIES)[number];
export const RECEPTION_LEGS = ['department-to-liaison', 'reply-to-deputy', 'relay-to-resident'] as const;
export type ReceptionLeg = (typeof RECEPTION_LEGS)[number];
export type ReceptionDayState = 'planned' | 'announced' | 'held' | 'archived';

/** GET /deputies: 代表委员名册 (contact masked unless you keep the registry). */
export interface DeputyView {
  id: string;
  name: string;
  body: DeputyBody;
  level: string;
  profession: string;
  expertise: string[];
  homeStation: string | null;
  inSystem: boolean;
  contact: string | null;
  userId?: string | null;
}

export interface TeamMember {
  id: string;
  name: string;
  body: DeputyBody;
  level: string;
  profession: string;
}

/** GET /receptions and /public/receptions: a reception day (staff fields only for staff). */
export interface ReceptionDayView {
  id: string;
  planId: string;
  streetUnitCode: string;
  date: string;
  placeAreaCode: string;
  team: TeamMember[];
  state: ReceptionDayState;
  announcedAt?: string | null;
  heldAt?: string | null;
  presentDeputyIds?: string[] | null;
  residentsReceived?: number | null;
  archivedAt?: string | null;
  allowedActions?: string[];
  version?: number;
}

export interface RegistrationView {
  id: string;
  visitor: { name: string; phone: string } | null;
  topic: string;
  categoryCode: string | null;
  tags: string[];
  matchedDeputyIds: string[];
}

/** GET /receptions/:id: the day with its registrations (visitors masked) and issues. */
export interface ReceptionDayDetail extends ReceptionDayView {
  registrations: RegistrationView[];
  issueIds: string[];
  warnings?: string[];
}

/** GET /receptions/:id/preparation: who of the team fits each registered topic. */
export interface PreparationView {
  receptionId: string;
  matches: Array<{ registrationId: string; topic: string; suggested: string[]; reason: string }>;
}

export interface ReceptionPlanView {
  id: string;
  streetUnitCode: string;
  year: number;
  composition: string;
  communityAreaCodes: string[];
  days: ReceptionDayView[];
}

export interface ReplyLegView {
  leg: ReceptionLeg;
  state: 'waiting' | 'open' | 'replied';
  dueAt: string | null;
  repliedAt: string | null;
  repliedBy: string | null;
  note: string | null;
  escalatedAt: string | null;
  late: boolean;
}

export interface WorkLetterView {
  id: string;
  unitCode: string;
  unitName: string;
  signedByDeputyId: string;
  signedBy: string;
  sentAt: string;
  deliberation: string;
  body: string;
}

/** GET /receptions/issues: an issue with its letter, reply chain and request. */
export interface ReceptionIssueView {
  id: string;
  receptionId: string;
  date: string;
  streetUnitCode: string;
  placeAreaCode: string;
  resident: { name: string; phone: string } | null;
  type: string;
  categoryCode: string;
  areaCode: string;
  address: string;
  description: string;
  deputyIds: string[];
  solvedOnSite: boolean;
  onSiteAnswer: string | null;
  typical: boolean;
  typicalNote: string | null;
  letter: WorkLetterView | null;
  legs: ReplyLegView[];
  request: { id: string; orderNo: string; status: string; currentUnitCode: string | null } | null;
  outcome: { solved: boolean | null; satisfaction: string | null } | null;
}

export interface ReceptionFigures {
  rounds: number;
  deputyVisits: number;
  residents: number;
  issues: number;
  solved: number;
  rated: number;
  satisfied: number;
  /** Percent (0–100), null without a valid callback. */
  satisfactionRate: number | null;
}

/** GET /receptions/statistics: Changning's monthly figures and typical cases. */
export interface ReceptionStatisticsView {
  month: string;
  street: string | null;
  total: ReceptionFigures;
  streets: Array<ReceptionFigures & { streetUnitCode: string }>;
  typicalCases: Array<{ issueId: string; receptionId: string; description: string; note: string | null; requestId: string | null; solved: boolean | null }>;
}

// ——— Liaison stations and the online station (代表联络站, /work/briefs/api-stations.md) ———

export type StationIssueState = 'received' | 'accepted' | 'handed-on' | 'answered' | 'closed';
export interface StationDeputyRef {
  id: string;
  name: string;
  body: DeputyBody;
  level: string;
  profession: string;
}
export interface StationPlace {
  pointId: string | null;
  name: string;
  areaCode: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
}
export interface RecurrenceRule {
  kind: 'last-weekday-of-month' | 'nth-weekdays-of-month';
  weekday: number;
  nths?: number[];
}
export interface StationSchedule {
  id: string;
  pointId: string | null;
  rule: RecurrenceRule;
  startTime: string;
  endTime: string;
  topic: string | null;
  validFrom: string | null;
  validUntil: string | null;
  deputies: StationDeputyRef[];
  version: number;
}
export interface StationOpening {
  scheduleId: string;
  date: string;
  startTime: string;
  endTime: string;
  startsAt: string;
  endsAt: string;
  topic: string | null;
  place: StationPlace;
  deputies: Array<{ name: string; body: DeputyBody; profession: string; linkToken: string | null }>;
}
export interface StationPoint {
  id: string;
  name: string;
  areaCode: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
}
export interface StationView {
  id: string;
  name: string;
  streetUnitCode: string;
  areaCode: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  points: StationPoint[];
  schedules?: StationSchedule[];
  nextOpenings: StationOpening[];
  version?: number;
}
export interface UnitReply {
  outcome: string;
  text: string;
  repliedAt: string;
}
export interface StationIssueView {
  id: string;
  messageNo: string;
  source: 'visit' | 'online';
  state: StationIssueState;
  station: { id: string; name: string } | null;
  openingDate: string | null;
  deputies: Array<{ id: string; name: string; body: DeputyBody }>;
  resident: { name: string; phone: string } | null;
  text: string;
  categoryCode: string | null;
  areaCode: string | null;
  address: string | null;
  receivedAt: string;
  acceptedAt: string | null;
  handedOnAt: string | null;
  firstReplyAt: string | null;
  closedAt: string | null;
  minutesToAccept: number | null;
  minutesToFirstReply: number | null;
  reply: { text: string; at: string } | null;
  handOn: { unitCode: string | null; note: string | null } | null;
  request: { id: string; orderNo: string; status: string; currentUnitCode: string | null } | null;
  unitReply: UnitReply | null;
  outcome: { solved: boolean; satisfaction: string | null };
  /** The reply chain once handed on (交办): the same three legs as a reception letter's. */
  legs?: ReplyLegView[];
  allowedActions: string[];
  version: number;
}
/** POST /public/station-messages/follow: a message as its writer follows it (number and code). */
export interface FollowedMessage {
  messageNo: string;
  source: 'visit' | 'online';
  state: StationIssueState;
  deputies: Array<{ name: string; body: DeputyBody }>;
  text: string;
  receivedAt: string;
  acceptedAt: string | null;
  handedOnAt: string | null;
  reply: { text: string; at: string } | null;
  request: { orderNo: string; status: string } | null;
  unitReply: UnitReply | null;
  /** The answer relayed to the writer once the reply chain's last leg is answered. */
  relay?: { text: string; at: string } | null;
}
export interface DeputyLinkView {
  name: string;
  body: DeputyBody;
  level: string;
  profession: string;
  expertise: string[];
  station: { id: string; name: string; address: string } | null;
}
export interface WrittenMessage {
  id: string;
  messageNo: string;
  code: string;
  state: StationIssueState;
  receivedAt: string;
  deputy: { name: string; body: DeputyBody };
}
type Means = { all: number | null; online: number | null; visit: number | null };
export interface StationDashboard {
  scope: { kind: 'station' | 'deputy'; id: string; name: string };
  month: string | null;
  issues: number;
  online: number;
  visits: number;
  replied: number;
  repliedShare: number | null;
  meanMinutesToFirstReply: Means;
  onlineFasterByPercent: number | null;
  meanMinutesToAccept: Means;
  requests: { handedOn: number; closed: number; solved: number; rated: number; satisfied: number; resolutionRate: number | null; satisfactionRate: number | null };
  topics: Array<{ categoryCode: string | null; issues: number; share: number }>;
}

// ——— Community deliberation (阳光议事, /work/briefs/api-deliberation.md) ———

export const ISSUE_SOURCES = ['building-round', 'suggestion-box', 'chat-group', 'visit'] as const;
export const TRIAGE_LEVELS = ['self-solved', 'community', 'department'] as const;
export const PARTY_ROLES = ['community', 'owners-committee', 'property-company', 'residents-representative', 'deputy', 'other'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/** 居民点单、社区下单、部门接单: the order to a department that makes a request in the loop. */
export interface DepartmentOrder {
  unitCode: string;
  categoryCode: string;
  type: string;
  address: string;
  contactName: string;
  contactPhone: string;
  note?: string;
}
export interface CommunityIssueView {
  id: string;
  communityAreaCode: string;
  communityName: string;
  text: string;
  source: string;
  state: string;
  level: TriageLevel | null;
  reporter: { name: string; phone: string } | null;
  resolution: string | null;
  collectedAt: string;
  triagedAt: string | null;
  sessionId: string | null;
  decision: { sessionId: string; itemId: string; kind: 'option' | 'order'; option: string | null; note: string | null } | null;
  order: { unitCode: string; unitName: string; categoryCode: string; type: string; orderedAt: string } | null;
  request: { id: string; orderNo: string; status: string; currentUnitCode: string | null; solved: boolean; satisfaction: string | null } | null;
}
export interface Participant {
  role: string;
  name: string;
  votes: boolean;
}
export interface AgendaItem {
  id: string;
  issueId: string;
  issueText: string;
  options: string[];
  counts: number[] | null;
  ballots: number | null;
  leading: number[];
  decision: { kind: 'option'; option: number; optionText: string; note: string | null } | { kind: 'order'; unitCode: string; unitName: string; requestId: string; orderNo: string; note: string | null } | null;
}
export interface SessionTask {
  id: string;
  itemId: string | null;
  title: string;
  ownerRole: string;
  ownerName: string;
  dueDate: string;
  doneAt: string | null;
  note: string | null;
  late: boolean;
}
export interface DeliberationSessionView {
  id: string;
  communityAreaCode: string;
  communityName: string;
  date: string;
  place: string;
  state: 'planned' | 'held' | 'decided' | 'closed';
  version: number;
  participants: Participant[];
  voters: number;
  minutes: string | null;
  agenda: AgendaItem[];
  tasks: SessionTask[];
  allowedActions: string[];
}
export interface DeliberationFigures {
  accepted: number;
  solved: number;
  selfSolved: number;
  selfSolvedShare: number | null;
  communityLevel: number;
  departmentLevel: number;
  pending: number;
  sessionsHeld: number;
  ordered: { count: number; solved: number; notSolved: number; inProgress: number; rated: number; satisfied: number; satisfactionRate: number | null };
}
export interface DeliberationStatisticsView {
  month: string;
  community: string | null;
  total: DeliberationFigures;
  communities: Array<DeliberationFigures & { communityAreaCode: string; communityName: string }>;
}
