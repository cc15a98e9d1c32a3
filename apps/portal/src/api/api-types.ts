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
}

export interface AssignmentView {
  id: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  status: 'dispatched' | 'signed' | 'objected' | 'withdrawn';
  dispatchedAt: string;
  signForDeadline: string;
  feedbackDeadline: string;
  signedAt: string | null;
  objectionReason: string | null;
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
