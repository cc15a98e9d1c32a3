import type { Channel, ReplyOutcome, RequestType, Satisfaction, Urgency } from '../request-fields';

export const EventTypes = {
  RequestRegistered: 'request.registered',
  RequestQueued: 'request.queued',
  RequestReopened: 'request.reopened',
  RequestClosed: 'request.closed',
  AssignmentCreated: 'assignment.created',
  AssignmentSigned: 'assignment.signed',
  AssignmentObjected: 'assignment.objected',
  ObjectionUpheld: 'assignment.objection-upheld',
  ObjectionRejected: 'assignment.objection-rejected',
  SignForOverdue: 'assignment.sign-for-overdue',
  ReplyRecorded: 'reply.recorded',
  CallbackRecorded: 'callback.recorded',
} as const;
export type EventType = (typeof EventTypes)[keyof typeof EventTypes];

export interface RequestRegistered {
  requestId: string;
  orderNo: string;
  channel: Channel;
  type: RequestType;
  categoryCode: string;
  areaCode: string;
  urgency: Urgency;
  confidential: boolean;
  /** The resident by reference: name and phone stay in intake's resident records. */
  residentId: string;
  registeredAt: string;
}

/** Dispatch could not dispatch automatically: the request waits for a dispatcher (派单员). */
export interface RequestQueued {
  requestId: string;
  attempt: number;
  suggestedUnitCode: string | null;
  reason: string;
}

/** The resident said it was not solved: the request goes round again (重办). */
export interface RequestReopened {
  requestId: string;
  attempt: number;
  previousUnitCode: string;
  reason: string;
}

export interface RequestClosed {
  requestId: string;
  attempt: number;
  solved: boolean;
}

export type DispatchReason =
  | { kind: 'catalogue'; ruleId: string }
  | { kind: 'manual'; note: string }
  | { kind: 'objection-upheld'; note: string };

export interface AssignmentCreated {
  assignmentId: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  dispatchedAt: string;
  signForDeadline: string;
  feedbackDeadline: string;
  reason: DispatchReason;
}

export interface AssignmentSigned {
  assignmentId: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  signedAt: string;
  signForDeadline: string;
  onTime: boolean;
}

/** 派单异议: the unit says the order is not theirs. */
export interface AssignmentObjected {
  assignmentId: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  reason: string;
}

export interface ObjectionReviewed {
  assignmentId: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  note: string;
}

export interface SignForOverdue {
  assignmentId: string;
  requestId: string;
  unitCode: string;
  signForDeadline: string;
}

export interface ReplyRecorded {
  replyId: string;
  requestId: string;
  assignmentId: string;
  unitCode: string;
  attempt: number;
  outcome: ReplyOutcome;
  text: string;
  repliedAt: string;
}

/** 回访. Valid when the resident was reached and answered. */
export interface CallbackRecorded {
  callbackId: string;
  requestId: string;
  assignmentId: string;
  unitCode: string;
  attempt: number;
  reached: boolean;
  solved: boolean | null;
  satisfaction: Satisfaction | null;
  valid: boolean;
  recordedAt: string;
}
