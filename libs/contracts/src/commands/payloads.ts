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
