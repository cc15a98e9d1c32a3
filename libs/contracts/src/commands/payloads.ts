import type { Channel, ReplyOutcome, RequestType, Satisfaction, Urgency } from '../request-fields';

export interface RegisterRequestPayload {
  channel: Channel;
  type: RequestType;
  categoryCode: string;
  description: string;
  areaCode: string;
  address: string;
  residentName: string;
  residentPhone: string;
  urgency: Urgency;
  confidential: boolean;
}

export interface ById {
  id: string;
}

/** The most requests one list answers with. */
export const MAX_REQUEST_LIST_LIMIT = 200;

/** A list of the requests in the caller's view, newest first. */
export interface ListRequestsPayload {
  status?: string;
  /** Agents and dispatchers only: a caller's earlier requests, by the exact phone number. */
  phone?: string;
  limit: number;
}

export interface LookupReferencePayload {
  categoryCode: string;
  areaCode: string;
}
export interface LookupReferenceResult {
  unknown: Array<'categoryCode' | 'areaCode'>;
}

/** The district's reference data as every signed-in user of it may read it. */
export interface DistrictReferenceResult {
  categories: Array<{ code: string; name: string; parentCode: string | null }>;
  areas: Array<{ code: string; name: string; parentCode: string | null }>;
  /** parentCode: the unit above (a community's street, a street's district government), for per-street roll-ups. */
  units: Array<{ code: string; name: string; kind: string; parentCode: string | null }>;
}

export interface AssignRequestPayload {
  requestId: string;
  unitCode: string;
  note: string;
}

export interface RaiseObjectionPayload {
  assignmentId: string;
  reason: string;
}

export interface ReviewObjectionPayload {
  assignmentId: string;
  decision: 'uphold' | 'reject';
  /** Required when upholding: the unit that takes the order instead. */
  unitCode?: string;
  note: string;
}

export interface RecordReplyPayload {
  assignmentId: string;
  outcome: ReplyOutcome;
  text: string;
}

export interface RecordCallbackPayload {
  requestId: string;
  reached: boolean;
  solved?: boolean;
  satisfaction?: Satisfaction;
  /** Not solved: the unit the call centre suggests for the next try (重办); absent means dispatch decides. */
  unitCode?: string;
}

export interface ListAssignmentsPayload {
  unitCode?: string;
  requestId?: string;
}

export interface UnitMonthRatesPayload {
  /** `YYYY-MM` in the district's time zone. */
  month: string;
}

/** A platform operator opens a district; `demo` seeds the demonstration district's reference data. */
export interface ProvisionDistrictPayload {
  tenantId: string;
  name: string;
  template: 'demo' | 'empty';
}

/** The unit's manager lets an objection go on to review, or sends it back to the unit with a reason. */
export interface DecideObjectionAsManagerPayload {
  assignmentId: string;
  decision: 'approve' | 'refuse';
  note: string;
}

/** Objections by state; the default is what waits for the caller (dispatcher, supervisor or unit manager). */
export interface ObjectionQueuePayload {
  state?: string;
}

/** 延期: a later feedback deadline, with a reason the resident is shown. */
export interface RequestExtensionPayload {
  assignmentId: string;
  reason: string;
  /** ISO 8601 instant. */
  requestedDeadline: string;
}

/** The unit manager (first, when the district requires it) or a dispatcher approves or refuses an extension. */
export interface DecideExtensionPayload {
  extensionId: string;
  decision: 'approve' | 'refuse';
  note: string;
}

export interface ExtensionQueuePayload {
  state?: string;
}

/** 督办: a supervisor's notice to the unit holding an overdue order, with a new deadline (ISO 8601). */
export interface IssueSupervisionNoticePayload {
  assignmentId: string;
  note: string;
  dueAt: string;
}
