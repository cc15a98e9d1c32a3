import type { Clock } from '@civicloop/clock';
import { EventTypes, type ActorContext, type CallbackDue, type EventEnvelope } from '@civicloop/contracts';
import { newEvent } from '@civicloop/messaging';
import type { FeedbackCase } from '../cases/feedback-case.entity';

/**
 * The case's resident is due a callback (回访) for this attempt. A late reply after expiry keeps the
 * place in the queue the expiry gave it (oldest first), and only says why it is due now.
 */
export function markCallbackDue(feedbackCase: FeedbackCase, because: CallbackDue['because'], now: Date): void {
  feedbackCase.callbackDueSince = feedbackCase.callbackDueSince ?? now;
  feedbackCase.callbackBecause = because;
}

/** The callback loop of this attempt ended: closed, or reopened for the next try. */
export function clearCallbackDue(feedbackCase: FeedbackCase): void {
  feedbackCase.callbackDueSince = null;
  feedbackCase.callbackBecause = null;
}

export function callbackDueEvent(feedbackCase: FeedbackCase, context: ActorContext, clock: Clock): EventEnvelope<CallbackDue> {
  return newEvent<CallbackDue>(
    {
      type: EventTypes.CallbackDue,
      aggregateId: feedbackCase.requestId,
      aggregateVersion: feedbackCase.version,
      data: {
        requestId: feedbackCase.requestId,
        attempt: feedbackCase.attempt,
        because: feedbackCase.callbackBecause ?? 'replied',
        primaryRequestId: feedbackCase.primaryRequestId ?? null,
        unitCode: feedbackCase.unitCode,
      },
    },
    context,
    clock,
  );
}
