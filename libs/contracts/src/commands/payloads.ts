import type { Channel, ReplyOutcome, RequestType, Satisfaction, Urgency } from '../request-fields';
import type { EmergencyService, TriageOutcome } from '../events/event-types';

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
  /** WGS-84, both or neither: duplicates within ~200 m are offered. */
  latitude?: number;
  longitude?: number;
  /** Registered and triaged in one command (e.g. a consultation answered at once): never dispatched. */
  triage?: TriageDecision;
  /** Set inside intake only (a work letter names its unit); never read from an HTTP body. */
  addressedUnitCode?: string;
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
  /** 吹哨报到: units that co-handle and report to the lead; none when absent. */
  coHandlerCodes?: string[];
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

/** A triage outcome other than dispatch (分类处置), with the reason the resident is told. */
export interface TriageDecision {
  outcome: TriageOutcome;
  reason: string;
  /** answered: the published knowledge-base article the answer cites. */
  articleId?: string;
  /** handed-to-emergency: 110, 119, 120 or 122. */
  emergencyService?: EmergencyService;
  /** referred: the other legal channel (court, petition office, arbitration…). */
  referredTo?: string;
}
export interface TriageRequestPayload extends TriageDecision {
  requestId: string;
}

/** 并单: the duplicate joins an open primary of the same district. */
export interface MergeRequestPayload {
  requestId: string;
  primaryRequestId: string;
  reason: string;
}

/** Where and what a new request is about, for the duplicate check before (or after) registering. */
export interface DuplicateDraft {
  categoryCode: string;
  areaCode: string;
  address: string;
  description: string;
  latitude?: number;
  longitude?: number;
}
/** Either an existing request's id or a draft. */
export interface FindDuplicatesPayload {
  requestId?: string;
  draft?: DuplicateDraft;
}

/** 知识库: a unit writes (articleId absent: a new draft) or edits its article. Dates are YYYY-MM-DD. */
export interface SaveArticlePayload {
  articleId?: string;
  title: string;
  body: string;
  categoryCodes: string[];
  ownerUnitCode: string;
  validFrom: string;
  validTo?: string | null;
}
/** submit: the owning unit sends a draft for review; approve / reject: the district's reviewer, with a note. */
export interface ReviewArticlePayload {
  articleId: string;
  decision: 'submit' | 'approve' | 'reject';
  note?: string;
}
export interface SearchArticlesPayload {
  q?: string;
  categoryCode?: string;
  /** Staff only: articles in this workflow state (their own unit's, or all for reviewers). */
  status?: string;
  limit?: number;
}

/** 吹哨报到: a co-handler that signed for its order reports to the lead unit. */
export interface ReportToLeadPayload {
  assignmentId: string;
  text: string;
}

/** A dispatcher overrides the catalogue: an unsigned (or queued) order goes to another unit, with the reason. */
export interface RedispatchRequestPayload {
  requestId: string;
  unitCode: string;
  reason: string;
}

/** A district admin creates (no id) or changes a dispatch catalogue rule (派单目录). */
export interface SaveCatalogueRulePayload {
  id?: string;
  categoryCode: string;
  /** null: anywhere in the district. */
  areaCode: string | null;
  leadUnitCode: string;
  coHandlerCodes: string[];
  priority: number;
}

/** Which units a request of this category and place would reach, and why. */
export interface DryRunCataloguePayload {
  categoryCode: string;
  areaCode: string;
}

/** A district admin creates or changes a unit, an area or a category. */
export interface SaveReferenceNodePayload {
  tree: 'unit' | 'area' | 'category';
  code: string;
  name: string;
  parentCode: string | null;
  /** Units only. */
  kind?: string;
  /** Categories only: dispatched automatically when the catalogue is unambiguous (default true). */
  autoDispatch?: boolean;
}

/** Changes to the district's rule book: a setting given replaces it, null puts the default back. */
export interface UpdateDistrictSettingsPayload {
  settings: Record<string, unknown>;
}

// Assessment (考核) and reports, served by reporting.
export type RatesLevel = 'unit' | 'street' | 'district';

/** The three rates of one month per unit, per street (with the units under it) or for the district. */
export interface AreaMonthRatesPayload {
  month: string;
  level: RatesLevel;
}

/** A unit's (or street's, or the district's) rates month by month, ending with the current month. */
/** 热点: a month's requests by category or by place, beside the month before, rising ones flagged. */
export interface HotspotsPayload {
  month: string;
  by?: 'category' | 'area';
}

export interface HotspotRow {
  code: string;
  requests: number;
  previous: number;
  rising: boolean;
}

export interface HotspotsResult {
  month: string;
  previousMonth: string;
  by: 'category' | 'area';
  rows: HotspotRow[];
  /** Residents with several requests this month (重复来电), counted, never named. */
  repeatCallers: { residents: number; requests: number };
}

export interface RatesTrendPayload {
  unitCode?: string;
  level?: RatesLevel;
  months?: number;
}

/** 考核申诉: the unit asks for an assignment to be kept out of its assessment. */
export interface AppealAssessmentPayload {
  assignmentId: string;
  reason: string;
}

export interface DecideAppealPayload {
  appealId: string;
  decision: 'accept' | 'reject';
  note: string;
}

export interface ListAppealsPayload {
  state?: string;
}

/** 恶意/无理: a supervisor keeps an order out of every unit's assessment. */
export interface FlagUnreasonablePayload {
  requestId: string;
  reason: string;
}

/** A district's composite-index weights: the three part weights add up to 1. */
export interface AssessmentWeightsPayload {
  response: number;
  resolution: number;
  satisfaction: number;
  /** How much "basically satisfied" counts in the index, 0..1; 0.9 when left out. */
  basicallySatisfiedWeight?: number;
}

export interface RankingMonthPayload {
  month: string;
}

/** Photos of a request (附件): small images, resized by the portal before upload, so a message carries them. */
export const ATTACHMENT_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type AttachmentContentType = (typeof ATTACHMENT_CONTENT_TYPES)[number];
export const MAX_ATTACHMENT_BYTES = 512 * 1024;
export const MAX_ATTACHMENTS_PER_REQUEST = 3;

export interface AddAttachmentPayload {
  requestId: string;
  fileName: string;
  contentType: string;
  /** The image itself, base64-encoded. */
  dataBase64: string;
}

export interface GetAttachmentPayload {
  requestId: string;
  attachmentId: string;
}
