import type { RequestType } from '../request-fields';

/**
 * Deputies and community (issue 9): the deputies' registry and Changning's reception days
 * (两代表一委员). Intake hosts them (docs/adr/0014); these are the messages the gateway sends.
 */

/** 党代表, 人大代表, 政协委员. */
export const DEPUTY_BODIES = ['party-congress', 'peoples-congress', 'cppcc'] as const;
export type DeputyBody = (typeof DEPUTY_BODIES)[number];
export const DEPUTY_LEVELS = ['district', 'city', 'province', 'national'] as const;
export type DeputyLevel = (typeof DEPUTY_LEVELS)[number];

/** The reply chain of a reception issue: department → street liaison (1 week), formal reply to the deputy (1 month), relayed to the resident. */
export const RECEPTION_LEGS = ['department-to-liaison', 'reply-to-deputy', 'relay-to-resident'] as const;
export type ReceptionLeg = (typeof RECEPTION_LEGS)[number];

export interface SaveDeputyPayload {
  /** Absent: a new deputy. */
  deputyId?: string;
  name: string;
  body: DeputyBody;
  level: DeputyLevel;
  profession: string;
  /** Category codes of the district's tree or free tags (e.g. 入学). */
  expertise: string[];
  homeStation?: string | null;
  inSystem: boolean;
  /** Personal data: shown only to those who maintain the registry, never in events. */
  contact?: string | null;
  /** The deputy's own account (the token's subject), so they see the issues they received. */
  userId?: string | null;
}

export interface ListDeputiesPayload {
  q?: string;
  body?: string;
  level?: string;
  expertise?: string;
  inSystem?: boolean;
}

export interface RecurrenceRulePayload {
  kind: 'last-weekday-of-month' | 'nth-weekdays-of-month';
  /** ISO weekday: 1 Monday … 7 Sunday (4: Thursday). */
  weekday: number;
  nths?: number[];
}

/** Step 1: a street's annual plan. Places rotate over the communities; teams rotate over the dates. */
export interface PlanReceptionsPayload {
  streetUnitCode: string;
  year: number;
  /** Plan only from this month on (a plan made mid-year); 1 when absent. */
  fromMonth?: number;
  rule: RecurrenceRulePayload;
  /** Area codes of the street's communities, in rotation order. */
  communityAreaCodes: string[];
  composition: 'two-representatives-one-member' | 'free';
  /** Teams in rotation order: date i gets team i mod n. */
  teams: Array<{ deputyIds: string[] }>;
}

export interface ListReceptionsPayload {
  street?: string;
  month?: string;
  state?: string;
}

/** Step 2: a visitor pre-registers with a topic. */
export interface RegisterVisitorPayload {
  receptionId: string;
  visitorName: string;
  visitorPhone: string;
  topic: string;
  categoryCode?: string | null;
  tags?: string[];
}

/** Step 4: one resident received and the issues recorded. */
export interface ReceivedResident {
  /** A pre-registered visitor, or a walk-in with name and phone. */
  registrationId?: string;
  name?: string;
  phone?: string;
  issues: ReceptionIssueInput[];
}

export interface ReceptionIssueInput {
  description: string;
  type: RequestType;
  categoryCode: string;
  areaCode: string;
  address: string;
  /** Answered on the spot (当场解答): no letter, counted solved. */
  solvedOnSite?: boolean;
  onSiteAnswer?: string;
}

export interface HoldReceptionPayload {
  planId: string;
  /** The date it took place (YYYY-MM-DD, the district's local date): must be a date of the plan. */
  date: string;
  /** The team members who came; the day's team when absent. */
  presentDeputyIds?: string[];
  residents: ReceivedResident[];
}

/** Step 5: deliberation and the work letter to the responsible department. */
export interface SendWorkLetterPayload {
  issueId: string;
  unitCode: string;
  deliberation: string;
  body: string;
  /** The deputy who signs (one of the day's team). */
  signedByDeputyId: string;
}

/** Step 6: one leg of the reply chain answered. */
export interface ReplyOnLegPayload {
  issueId: string;
  leg: ReceptionLeg;
  note: string;
}

export interface ReceptionStatisticsPayload {
  month: string;
  street?: string;
}

export interface FlagTypicalCasePayload {
  issueId: string;
  note: string;
}

/**
 * Community deliberation (阳光议事, Lin'an; 小院议事厅, Beijing): issues collected in a community,
 * triaged three ways, discussed in sessions and — the hardest — ordered from a department
 * (居民点单、社区下单、部门接单), which makes them requests in the loop.
 */

/** 楼栋巡查, 意见箱, 微信群, 走访. */
export const COMMUNITY_ISSUE_SOURCES = ['building-round', 'suggestion-box', 'chat-group', 'visit'] as const;
export type CommunityIssueSource = (typeof COMMUNITY_ISSUE_SOURCES)[number];

/** 居民自治 (self-solved), 社区协商 (a session), 部门接单 (ordered from a department). */
export const TRIAGE_LEVELS = ['self-solved', 'community', 'department'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/** 社区, 业委会, 物业公司, 居民代表, 代表委员, 其他 (e.g. a department's guest). */
export const DELIBERATION_ROLES = ['community', 'owners-committee', 'property-company', 'residents-representative', 'deputy', 'other'] as const;
export type DeliberationRole = (typeof DELIBERATION_ROLES)[number];

export interface CollectCommunityIssuePayload {
  /** Area code of a community in the district reference. */
  communityAreaCode: string;
  text: string;
  source: CommunityIssueSource;
  /** Personal data: kept in intake's resident records, masked in views, never in events. */
  reporter?: { name: string; phone: string } | null;
}

/** 社区下单: the unit of this district that takes the order, and whom it reports back to. */
export interface DepartmentOrderInput {
  unitCode: string;
  categoryCode: string;
  type: RequestType;
  address: string;
  /** The community's contact (社区联系人): the request's "resident", called back when it is answered. */
  contactName: string;
  contactPhone: string;
  note?: string;
}

export interface TriageCommunityIssuePayload {
  issueId: string;
  level: TriageLevel;
  /** self-solved: what the residents did (closes the issue). */
  resolution?: string;
  /** department: the order (a request registered in the same transaction). */
  order?: DepartmentOrderInput;
}

export interface ListCommunityIssuesPayload {
  community?: string;
  state?: string;
  month?: string;
}

export interface DeliberationParticipantInput {
  role: DeliberationRole;
  /** Who sat for the party (e.g. 物业公司 or 3号楼居民代表); not shown on the public page. */
  name: string;
  /** Whether they cast a ballot; true when absent. */
  votes?: boolean;
}

export interface AgendaItemInput {
  /** A community-level issue of the same community. */
  issueId: string;
  /** The options discussed (at least two). */
  options: string[];
}

export interface PlanDeliberationSessionPayload {
  communityAreaCode: string;
  /** The district's local date, YYYY-MM-DD. */
  date: string;
  place: string;
  agenda: AgendaItemInput[];
  participants: DeliberationParticipantInput[];
}

export interface ListDeliberationSessionsPayload {
  community?: string;
  state?: string;
  month?: string;
}

export interface HoldDeliberationSessionPayload {
  sessionId: string;
  /** Who actually came, when different from the plan. */
  participants?: DeliberationParticipantInput[];
  minutes?: string;
}

export interface RecordVotePayload {
  sessionId: string;
  itemId: string;
  /** Ballots per option, in the item's option order. */
  counts: number[];
}

export type AgendaDecisionInput =
  | { itemId: string; kind: 'option'; option: number; note?: string }
  | { itemId: string; kind: 'order'; order: DepartmentOrderInput; note?: string };

export interface FollowUpTaskInput {
  /** The agenda item it follows up, when it belongs to one. */
  itemId?: string;
  title: string;
  ownerRole: DeliberationRole;
  ownerName: string;
  /** YYYY-MM-DD. */
  dueDate: string;
}

export interface DecideDeliberationSessionPayload {
  sessionId: string;
  /** One decision for every agenda item. */
  decisions: AgendaDecisionInput[];
  tasks?: FollowUpTaskInput[];
}

export interface CompleteFollowUpTaskPayload {
  sessionId: string;
  taskId: string;
  note: string;
}

export interface DeliberationStatisticsPayload {
  month: string;
  community?: string;
}

export interface PublicDeliberationDecisionsPayload {
  community?: string;
}

/**
 * Zhejiang's deputy liaison stations (人大代表联络站), the seven steps 公告、登记、接待、交办、回复、
 * 反馈、归档, and the online station (a deputy's public link). Intake hosts them beside reception days.
 */
export const STATION_ISSUE_SOURCES = ['visit', 'online'] as const;
export type StationIssueSource = (typeof STATION_ISSUE_SOURCES)[number];
/** received (登记/留言) → accepted (接待/受理) → handed-on (交办, a request) | answered (回复) → closed (归档). */
export const STATION_ISSUE_STATES = ['received', 'accepted', 'handed-on', 'answered', 'closed'] as const;
export type StationIssueState = (typeof STATION_ISSUE_STATES)[number];

/** A place of a station: the station itself or one of its points (联络点). Coordinates are WGS-84. */
export interface StationPlaceInput {
  name: string;
  areaCode: string;
  address: string;
  latitude?: number | null;
  longitude?: number | null;
}

/** A station and its points; saving replaces the points given (points keep their id when it is sent back). */
export interface SaveStationPayload extends StationPlaceInput {
  /** Absent: a new station. */
  stationId?: string;
  /** The street the station serves (its liaison manages it). */
  streetUnitCode: string;
  points: Array<StationPlaceInput & { pointId?: string }>;
}

/** An opening schedule: dates by rule (e.g. the 2nd and 4th Thursday), a time window, who sits. */
export interface SaveStationSchedulePayload {
  stationId: string;
  /** Absent: a new schedule of the station. */
  scheduleId?: string;
  /** Where: one of the station's points; the station itself when absent. */
  pointId?: string | null;
  rule: RecurrenceRulePayload;
  /** Local time HH:MM, start before end. */
  startTime: string;
  endTime: string;
  deputyIds: string[];
  /** E.g. 入学咨询 (education deputies before enrolment). */
  topic?: string | null;
  /** First and last date it applies (YYYY-MM-DD); open when absent. */
  validFrom?: string | null;
  validUntil?: string | null;
}

/** 登记: a visitor's issue registered at an opening (a date of the schedule, today or past). */
export interface RegisterStationVisitPayload {
  scheduleId: string;
  date: string;
  visitorName: string;
  visitorPhone: string;
  text: string;
  categoryCode?: string | null;
  /** The sitting deputy who receives it; all of the opening's deputies when absent. */
  deputyId?: string | null;
}

/** A resident writes to a deputy through the deputy's public link (online station). */
export interface WriteToDeputyPayload {
  token: string;
  text: string;
  /** Always given (the token carries no phone; the unit calls them); kept in intake's resident records. */
  name: string;
  phone: string;
  categoryCode?: string | null;
  areaCode?: string | null;
  address?: string | null;
}

/** 交办: the issue becomes a request (channel station, the deputies attached). */
export interface HandOnStationIssuePayload {
  issueId: string;
  type: RequestType;
  categoryCode: string;
  areaCode: string;
  address: string;
  /** A unit of this district the deputy names; by the dispatch catalogue when absent. */
  unitCode?: string | null;
  note?: string | null;
}

/** 回复: the deputy's answer to the resident. */
export interface ReplyStationIssuePayload {
  issueId: string;
  text: string;
}

export interface ListStationIssuesPayload {
  stationId?: string;
  deputyId?: string;
  source?: string;
  state?: string;
}

/** An anonymous writer follows their message by its number and secret code. */
export interface FollowStationMessagePayload {
  messageNo: string;
  code: string;
}

export interface StationDashboardPayload {
  /** stationId or deputyId. */
  id: string;
  /** YYYY-MM of receipt; every month when absent. */
  month?: string;
}
