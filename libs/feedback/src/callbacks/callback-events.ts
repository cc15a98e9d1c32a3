import type { Clock } from '@civicloop/clock';
import {
  EventTypes,
  type ActorContext,
  type CallbackRecorded,
  type EventEnvelope,
  type RequestClosed,
  type RequestReopened,
} from '@civicloop/contracts';
import { newEvent } from '@civicloop/messaging';
import type { FeedbackCase } from '../cases/feedback-case.entity';
import type { Callback } from './callback.entity';

/**
 * What a callback announces: always the callback itself (reporting counts valid ones), then the
 * request's closing, or its reopening (重办) under the new attempt number, so dispatch routes it again.
 */
export function callbackEvents(
  callback: Callback,
  after: FeedbackCase,
  context: ActorContext,
  clock: Clock,
  /** Not solved: the unit the agent suggests for the next try. */
  suggestedUnitCode: string | null = null,
): EventEnvelope[] {
  const event = <T>(type: string, data: T) => newEvent<T>({ type, aggregateId: callback.requestId, aggregateVersion: after.version, data }, context, clock);
  const events: EventEnvelope[] = [
    event<CallbackRecorded>(EventTypes.CallbackRecorded, {
      callbackId: callback.id,
      requestId: callback.requestId,
      assignmentId: callback.assignmentId,
      unitCode: callback.unitCode,
      attempt: callback.attempt,
      reached: callback.reached,
      solved: callback.solved,
      satisfaction: callback.satisfaction,
      valid: callback.valid,
      recordedAt: callback.recordedAt.toISOString(),
      callNo: callback.callNo ?? undefined,
      final: callback.final ?? undefined,
    }),
  ];
  if (after.status === 'closed') {
    // Closed either solved, or after the last allowed call missed the resident (not reached: not solved either).
    events.push(
      event<RequestClosed>(EventTypes.RequestClosed, {
        requestId: callback.requestId,
        attempt: callback.attempt,
        solved: callback.solved === true,
        ...(callback.reached ? {} : { notReached: true }),
      }),
    );
  }
  if (after.status === 'reopened') {
    events.push(
      event<RequestReopened>(EventTypes.RequestReopened, {
        requestId: callback.requestId,
        attempt: after.attempt,
        previousUnitCode: callback.unitCode,
        reason: `the resident said it was not solved at attempt ${callback.attempt}`,
        suggestedUnitCode,
      }),
    );
  }
  return events;
}
