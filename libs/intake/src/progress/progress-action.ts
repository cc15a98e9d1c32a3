import { EventTypes, type AssignmentObjected, type CallbackRecorded, type EventEnvelope } from '@civicloop/contracts';
import type { RequestAction } from '@civicloop/request-lifecycle';

/** Which step of the request's life an event from another service records (null: history only). */
export function progressActionOf(event: EventEnvelope): RequestAction | null {
  switch (event.type) {
    case EventTypes.RequestQueued:
      return 'queue';
    case EventTypes.AssignmentCreated:
      return 'dispatch';
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
      if (!callback.valid) return 'record-unreached-callback';
      return callback.solved ? 'record-solved-callback' : 'record-unsolved-callback';
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
