/** The shapes the gateway answers with, as far as the portal reads them. */
export interface CivicRequestView {
  id: string;
  orderNo: string;
  status: string;
  attempt: number;
  currentUnitCode: string | null;
  type: string;
  categoryCode: string;
  areaCode: string;
  address: string;
  description: string;
  urgency: string;
  registeredAt: string;
  /** Masked (张*, 138****8000; 保密 when confidential) unless the caller's role needs the identity. */
  resident: { name: string; phone: string | null; masked: boolean };
  /** 分类处置: the outcome the resident is told when the request left the loop at triage. */
  triage?: TriageView | null;
  /** 并单: the open request whose handling covers this one. */
  mergedInto?: { id: string; orderNo: string | null; reason: string | null; mergedAt: string | null } | null;
  /** 附件: the request's photos (the images at /requests/:id/attachments/:attachmentId). */
  attachments?: Array<{ id: string; fileName: string; contentType: string; size: number }>;
}

export const TRIAGE_OUTCOMES = ['answered', 'handed-to-emergency', 'referred', 'out-of-scope', 'refused'] as const;
export const EMERGENCY_SERVICES = ['110', '119', '120', '122'] as const;
export type TriageOutcome = (typeof TRIAGE_OUTCOMES)[number];

export interface TriageView {
  outcome: TriageOutcome;
  reason: string | null;
  article: { id: string; title: string | null } | null;
  emergencyService: string | null;
  referredTo: string | null;
  triagedAt: string | null;
}

/** POST /requests/:id/triage, or `triage` of a registration. */
export interface TriageBody {
  outcome: TriageOutcome;
  reason: string;
  articleId?: string;
  emergencyService?: string;
  referredTo?: string;
}

/** POST /requests/similar: an open request the draft may duplicate, and why. */
export interface DuplicateCandidateView {
  id: string;
  orderNo: string;
  status: string;
  similarity: number;
  reason: 'same-address' | 'near' | 'same-area';
  distanceMetres: number | null;
  address: string;
  description: string;
  registeredAt: string;
}

/** GET /knowledge/articles: a search hit. */
export interface ArticleSummary {
  id: string;
  title: string;
  excerpt: string;
  categoryCodes: string[];
  ownerUnitCode: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface ArticleView extends Omit<ArticleSummary, 'excerpt'> {
  body: string;
}

/** POST /requests answers with the new request's id and number, and the duplicates found at saving. */
export interface RegisteredRequest {
  id: string;
  orderNo: string;
  status: string;
  version: number;
  duplicates?: DuplicateCandidateView[];
}

export interface AssignmentView {
  id: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  status: string;
  /** 首接负责 / 吹哨报到: the lead replies for all; co-handlers report to the lead. */
  role?: 'lead' | 'co-handler';
  leadAssignmentId?: string | null;
  dispatchedAt: string;
  signForDeadline: string;
  feedbackDeadline: string;
  reportDeadline?: string | null;
  signedAt: string | null;
  reportedAt?: string | null;
  reportText?: string | null;
  objectionReason: string | null;
  supervisingUnitCode?: string | null;
  /** On a lead's order: its co-handlers and whether they are late. */
  coHandlers?: CoHandlerStanding[];
}

export interface CoHandlerStanding {
  assignmentId: string;
  unitCode: string;
  status: string;
  signForDeadline: string;
  signedAt: string | null;
  reportDeadline: string | null;
  reportedAt: string | null;
  reportText: string | null;
  signedLate: boolean;
  reportLate: boolean;
  late: boolean;
}

export interface QueueEntry {
  requestId: string;
  categoryCode: string;
  areaCode: string;
  urgency: string;
  attempt: number;
  suggestedUnitCode: string | null;
  reason: unknown;
  queuedAt: string | null;
}

export interface FeedbackCaseView {
  requestId: string;
  unitCode: string;
  status: string;
  lastReply: { outcome: string; text: string; repliedAt: string; unitCode: string } | null;
}

export interface UnitRatesRow {
  unitCode: string;
  dispatched: number;
  validCallbacks: number;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  compositeIndex: number | null;
  rank: number;
}

export interface UnitRatesReport {
  month: string;
  units: UnitRatesRow[];
}

export interface RegisterRequestBody {
  channel: string;
  type: string;
  categoryCode: string;
  description: string;
  areaCode: string;
  address: string;
  residentName: string;
  residentPhone: string;
  urgency: string;
  confidential: boolean;
}

/** One step of a request's history: who, when, what, why. */
export interface HistoryEntryView {
  eventId: string;
  type: string;
  occurredAt: string;
  actor: { userId: string; roles: string[] };
  data: Record<string, unknown>;
}
