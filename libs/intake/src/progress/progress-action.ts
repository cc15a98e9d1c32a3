import { EventTypes, type AssignmentCreated, type AssignmentObjected, type CallbackDue, type CallbackRecorded, type EventEnvelope } from '@civicloop/contracts';
import type { RequestAction } from '@civicloop/request-lifecycle';

/** Which step of the request's life an event from another service records (null: history only). */
export function progressActionOf(event: EventEnvelope): RequestAction | null {
  // A co-handler's order (吹哨报到) does not move the request: the lead's does.
  if ((event.data as { role?: string } | null)?.role === 'co-handler') return null;
  switch (event.type) {
    case EventTypes.RequestQueued:
      return 'queue';
    case EventTypes.AssignmentCreated:
      // A dispatcher's override (改派) replaces an unsigned order: the request stays dispatched.
      return (event.data as AssignmentCreated).replacesAssignmentId ? 'redispatch' : 'dispatch';
    case EventTypes.AssignmentSigned:
      return 'sign';
    case EventTypes.AssignmentObjected:
      // Waits for the unit's manager first when the district turns that step on.
      return (event.data as AssignmentObjected).awaitingManager ? 'object-for-approval' : 'object';
    case EventTypes.ObjectionApproved:
      return 'approve-objection';
    case EventTypes.ObjectionRefused:
      return 'refuse-objection';
    case EventTypes.ObjectionUpheld:
      return 'uphold-objection';
    case EventTypes.ObjectionRejected:
      return 'reject-objection';
    case EventTypes.ReplyRecorded:
      return 'reply';
    case EventTypes.CallbackRecorded: {
      const callback = event.data as CallbackRecorded;
      // The last allowed unreached call closes the loop as not reached (an invalid callback).
      if (!callback.valid) return callback.final ? 'close-unreached' : 'record-unreached-callback';
      return callback.solved ? 'record-solved-callback' : 'record-unsolved-callback';
    }
    case EventTypes.CallbackDue: {
      // Feedback decides: the lead's feedback deadline passed without a reply (Art. 23) → expired;
      // a merged duplicate whose primary was answered → replied, and called back on its own.
      const due = event.data as CallbackDue;
      if (due.primaryRequestId) return 'reply';
      return due.because === 'deadline-passed' ? 'expire' : null;
    }
    default:
      return null;
  }
}

export const PROGRESS_EVENT_TYPES = [
  EventTypes.RequestQueued,
  EventTypes.AssignmentCreated,
  EventTypes.AssignmentSigned,
  EventTypes.AssignmentObjected,
  EventTypes.ObjectionUpheld,
  EventTypes.ObjectionRejected,
  EventTypes.SignForOverdue,
  EventTypes.ReplyRecorded,
  EventTypes.CallbackRecorded,
  EventTypes.RequestReopened,
  EventTypes.RequestClosed,
  EventTypes.CoHandlerReported,
  EventTypes.ObjectionApproved,
  EventTypes.ObjectionRefused,
  EventTypes.ExtensionRequested,
  EventTypes.ExtensionApprovedByManager,
  EventTypes.ExtensionGranted,
  EventTypes.ExtensionRefused,
  EventTypes.DeadlineReminder,
  EventTypes.DeadlineMissed,
  EventTypes.SupervisionNoticeIssued,
  EventTypes.CallbackDue,
  EventTypes.AssessmentAppealed,
  EventTypes.AppealDecided,
  EventTypes.OrderFlaggedUnreasonable,
] as const;
