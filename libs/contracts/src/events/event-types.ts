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

  // The rule book (issue 8). Producers: intake (triage), dispatch (assignments, objections,
  // extensions, timers, supervision), feedback (callbacks), reporting (assessment).
  RequestTriaged: 'request.triaged',
  RequestAttachmentAdded: 'request.attachment-added',
  RequestMerged: 'request.merged',
  CoHandlerReported: 'assignment.co-handler-reported',
  ObjectionApproved: 'assignment.objection-approved',
  ObjectionRefused: 'assignment.objection-refused',
  ExtensionRequested: 'assignment.extension-requested',
  ExtensionApprovedByManager: 'assignment.extension-manager-approved',
  ExtensionGranted: 'assignment.extension-granted',
  ExtensionRefused: 'assignment.extension-refused',
  DeadlineReminder: 'assignment.deadline-reminder',
  DeadlineMissed: 'assignment.deadline-missed',
  SupervisionNoticeIssued: 'supervision.notice-issued',
  CallbackDue: 'callback.due',
  AssessmentAppealed: 'assessment.appealed',
  AppealDecided: 'assessment.appeal-decided',
  OrderFlaggedUnreasonable: 'assessment.flagged-unreasonable',

  // Deputies and reception days (issue 9), produced by intake's engagement area (docs/adr/0014).
  DeputySaved: 'deputy.saved',
  ReceptionsPlanned: 'reception.planned',
  ReceptionAnnounced: 'reception.announced',
  ReceptionVisitorRegistered: 'reception.visitor-registered',
  ReceptionPrepared: 'reception.prepared',
  ReceptionHeld: 'reception.held',
  WorkLetterSent: 'reception.work-letter-sent',
  ReceptionLegReplied: 'reception.leg-replied',
  ReceptionLegEscalated: 'reception.leg-escalated',
  ReceptionArchived: 'reception.archived',
  ReceptionCaseFlaggedTypical: 'reception.case-flagged-typical',

  // Community deliberation (issue 9, 阳光议事), produced by intake's engagement area.
  CommunityIssueCollected: 'deliberation.issue-collected',
  CommunityIssueTriaged: 'deliberation.issue-triaged',
  DeliberationSessionPlanned: 'deliberation.session-planned',
  DeliberationSessionHeld: 'deliberation.session-held',
  DeliberationVoteRecorded: 'deliberation.vote-recorded',
  DeliberationSessionDecided: 'deliberation.session-decided',
  FollowUpTaskCompleted: 'deliberation.task-completed',
  DeliberationSessionClosed: 'deliberation.session-closed',
  // Liaison stations and the online station (issue 9).
  StationSaved: 'station.saved',
  StationScheduleSaved: 'station.schedule-saved',
  StationIssueReceived: 'station.issue-received',
  StationIssueAccepted: 'station.issue-accepted',
  StationIssueHandedOn: 'station.issue-handed-on',
  StationIssueReplied: 'station.issue-replied',
  StationIssueArchived: 'station.issue-archived',
  // A handed-on station issue's reply chain (the reception legs, 1 week / 1 month / relay).
  StationLegReplied: 'station.leg-replied',
  StationLegEscalated: 'station.leg-escalated',
} as const;
export type EventType = (typeof EventTypes)[keyof typeof EventTypes];

export interface RequestRegistered {
  requestId: string;
  /**
   * False when the request was triaged at registration (e.g. a consultation answered at once): a
   * `request.triaged` follows, and dispatch must not route it. Absent (older events) means true.
   */
  dispatch?: boolean;
  /**
   * The unit a deputies' work letter (交办函) is addressed to: dispatch sends the request there
   * instead of asking the catalogue. Absent for requests raised any other way.
   */
  addressedUnitCode?: string | null;
  /** The resident's own account when they raised it themselves: they may rate it (a valid callback). */
  residentUserId?: string | null;
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
  /** The unit the call centre suggests for the next try (the same or another); dispatch may use it. */
  suggestedUnitCode?: string | null;
}

export interface RequestClosed {
  requestId: string;
  attempt: number;
  solved: boolean;
  /** True when the loop closed because the last allowed callback did not reach the resident (solved is then false). */
  notReached?: boolean;
}

/** Why an assignment went to its unit: the catalogue rule that matched, the fallback, or a person's reason. */
export type DispatchReason =
  | { kind: 'catalogue'; ruleId: string }
  | { kind: 'fallback'; note: string }
  | { kind: 'manual'; note: string }
  | { kind: 'override'; note: string; ruleId: string | null }
  | { kind: 'objection-upheld'; note: string };

/** 首接负责 / 吹哨报到: the lead replies for all; co-handlers sign for and report to the lead. */
export type AssignmentRole = 'lead' | 'co-handler';

export interface AssignmentCreated {
  assignmentId: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  dispatchedAt: string;
  signForDeadline: string;
  feedbackDeadline: string;
  reason: DispatchReason;
  /** Absent on older events: lead. */
  role?: AssignmentRole;
  /** For a co-handler: the lead's assignment it reports to. */
  leadAssignmentId?: string | null;
  /** For a co-handler: when its report to the lead is due. */
  reportDeadline?: string | null;
  /** Dispatch to a street copies the district for supervision: the unit that watches. */
  supervisingUnitCode?: string | null;
  /** A dispatcher's override (改派): the unsigned lead assignment this one replaces (now withdrawn). */
  replacesAssignmentId?: string;
}

/** 吹哨报到: a co-handler's report to the lead unit. */
export interface CoHandlerReported {
  assignmentId: string;
  leadAssignmentId: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  reportedAt: string;
  onTime: boolean;
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
  /** True when the unit's manager must approve before it goes to review. Absent: false. */
  awaitingManager?: boolean;
  /** The how-many-th objection on this request's order (the third goes to the supervisor). */
  objectionNo?: number;
  /** When review is due (1 working day after it reaches the review queue). */
  reviewDueAt?: string | null;
  objectionId?: string;
  /** Who reviews it: the dispatchers, or the supervisor from the third objection on. */
  reviewerRole?: 'dispatcher' | 'supervisor';
}

/** Review of an objection (upheld / rejected), or the unit manager's approval / refusal. */
export interface ObjectionReviewed {
  assignmentId: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  note: string;
  /** Who decided: the unit manager, a dispatcher, or a supervisor arbitrating. */
  reviewerRole?: 'unit-manager' | 'dispatcher' | 'supervisor';
  objectionId?: string;
  objectionNo?: number;
  /** Approved by the manager: when the review is due. */
  reviewDueAt?: string | null;
  /** Upheld: the unit that takes the order instead. The objecting unit is not charged for the withdrawn assignment. */
  reassignedUnitCode?: string | null;
}

/** An extension (延期) asked for, approved by the unit manager, granted or refused. */
export interface ExtensionChanged {
  extensionId: string;
  assignmentId: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  /** Shown to the resident. */
  reason: string;
  requestedDeadline: string;
  /** Granted: the new feedback deadline. */
  feedbackDeadline?: string;
  note?: string;
  /** Where it stands after this event, and who decided (refusals come from the unit manager or a dispatcher). */
  state?: 'awaiting-manager' | 'awaiting-dispatcher' | 'granted' | 'refused';
  decidedRole?: 'unit-manager' | 'dispatcher' | null;
}

export type TimedStep = 'sign-for' | 'feedback' | 'co-handler-report' | 'objection-review' | 'supervision';

/** A reminder before a deadline (default at 75 % of the time). */
export interface DeadlineReminder {
  assignmentId: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  kind: TimedStep;
  dueAt: string;
}

/** A deadline passed without its step: escalated to the supervisors' queue (督办). */
export interface DeadlineMissed {
  assignmentId: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  kind: TimedStep;
  dueAt: string;
}

/** 督办: a supervisor's notice to a unit with a new deadline. */
export interface SupervisionNoticeIssued {
  noticeId: string;
  assignmentId: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  note: string;
  dueAt: string;
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

/** The resident is to be called back: the lead replied, or the feedback deadline passed without a reply. */
export interface CallbackDue {
  requestId: string;
  attempt: number;
  because: 'replied' | 'deadline-passed' | 'primary-replied';
  /** A merged duplicate (并单): the primary whose reply (or expiry) makes this request due a callback. */
  primaryRequestId?: string | null;
  /** The unit whose handling the resident is asked about. */
  unitCode?: string | null;
}

export type TriageOutcome = 'answered' | 'handed-to-emergency' | 'referred' | 'out-of-scope' | 'refused';
export const TRIAGE_OUTCOMES: readonly TriageOutcome[] = ['answered', 'handed-to-emergency', 'referred', 'out-of-scope', 'refused'];
export const EMERGENCY_SERVICES = ['110', '119', '120', '122'] as const;
export type EmergencyService = (typeof EMERGENCY_SERVICES)[number];

/** The request left the loop with an outcome other than dispatch; the resident is told `reason`. */
export interface RequestTriaged {
  requestId: string;
  outcome: TriageOutcome;
  reason: string;
  /** answered: the knowledge-base article the answer cites. */
  articleId?: string | null;
  /** handed-to-emergency: which service. */
  emergencyService?: EmergencyService | null;
  /** referred: the other legal channel (court, petition office, …). */
  referredTo?: string | null;
}

/** A photo added to a request; the image stays in intake, the event says only that it is there. */
export interface RequestAttachmentAdded {
  requestId: string;
  attachmentId: string;
  contentType: string;
  size: number;
}

/** 并单: a duplicate joins an open primary; the primary's handling covers it. */
export interface RequestMerged {
  requestId: string;
  primaryRequestId: string;
  reason: string;
}

/** 考核申诉: a unit appeals an order's assessment; a supervisor decides. */
export interface AssessmentAppealed {
  appealId: string;
  requestId: string;
  assignmentId: string;
  unitCode: string;
  reason: string;
}
export interface AppealDecided {
  appealId: string;
  requestId: string;
  assignmentId: string;
  unitCode: string;
  accepted: boolean;
  note: string;
}
/** 恶意/无理: kept out of assessment, with the reason. */
export interface OrderFlaggedUnreasonable {
  requestId: string;
  reason: string;
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
  /** 1–3: the how-many-th call for this attempt; the third unreached one makes it final and invalid. */
  callNo?: number;
  /** True when this call ends the callback of the attempt (reached, or the last allowed unreached call). */
  final?: boolean;
}

/**
 * Deputies and reception days (issue 9). Deputies and residents travel by id only: names, phones
 * and a deputy's contact stay in intake.
 */
export interface DeputySaved {
  deputyId: string;
  body: string;
  level: string;
  inSystem: boolean;
  created: boolean;
}
export interface ReceptionsPlanned {
  planId: string;
  streetUnitCode: string;
  year: number;
  dates: string[];
}
/** Announced (公告), prepared (准备), held (接待) or archived (归档): one reception day of a plan. */
export interface ReceptionStepRecorded {
  receptionId: string;
  planId: string;
  streetUnitCode: string;
  date: string;
  /** announced: published fewer than seven days ahead. */
  late?: boolean;
  deputyIds?: string[];
  residents?: number;
  issueIds?: string[];
  registrationId?: string;
  residentId?: string;
  /** prepared: topic → suggested deputies. */
  matches?: Array<{ registrationId: string; deputyIds: string[] }>;
}
/** 工作函: the letter to the responsible department; the issue became request `requestId` (channel reception). */
export interface WorkLetterSent {
  letterId: string;
  issueId: string;
  receptionId: string;
  unitCode: string;
  signedByDeputyId: string;
  requestId: string;
  deputyIds: string[];
  legs: Array<{ leg: string; dueAt: string | null }>;
}
export interface ReceptionLegChanged {
  issueId: string;
  letterId: string;
  leg: string;
  dueAt: string | null;
  /** replied: when, and whether after its deadline. */
  repliedAt?: string;
  late?: boolean;
  /** escalated: to whom (the district office, 区政府办公室). */
  escalatedTo?: string;
}
export interface ReceptionCaseFlaggedTypical {
  issueId: string;
  receptionId: string;
  note: string;
}
/** A liaison station or one of its opening schedules saved. */
export interface StationChanged {
  stationId: string;
  scheduleId?: string;
  streetUnitCode: string;
}
/**
 * One step of a station issue (登记/留言, 接待, 交办, 回复, 归档): residents and deputies by id
 * only; handed-on names the request (channel station) it became.
 */
export interface StationIssueChanged {
  issueId: string;
  source: 'visit' | 'online';
  stationId: string | null;
  deputyIds: string[];
  state: string;
  residentId?: string;
  requestId?: string;
  unitCode?: string | null;
}

/** One leg of a handed-on station issue's reply chain answered or escalated (ids only). */
export interface StationLegChanged {
  stationIssueId: string;
  leg: string;
  dueAt: string | null;
  repliedAt?: string;
  late?: boolean;
  escalatedTo?: string;
}

/**
 * Community deliberation (issue 9). A reporter travels by resident id only; an issue ordered from a
 * department names the request it became (`request.registered` follows in the same commit).
 */
export interface CommunityIssueChanged {
  issueId: string;
  communityAreaCode: string;
  source: string;
  /** triaged: self-solved, community or department. */
  level?: string;
  reporterResidentId?: string | null;
  requestId?: string | null;
  unitCode?: string | null;
  /** Decided in a session (the agenda item's decision). */
  sessionId?: string;
}
/** Planned, held, vote recorded, decided, task completed or closed: one deliberation session. */
export interface DeliberationSessionChanged {
  sessionId: string;
  communityAreaCode: string;
  date: string;
  state: string;
  issueIds?: string[];
  itemId?: string;
  counts?: number[];
  decisions?: Array<{ itemId: string; issueId: string; kind: string; option?: number; unitCode?: string; requestId?: string }>;
  taskId?: string;
  late?: boolean;
}
