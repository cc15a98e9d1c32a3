import type { Callback } from '../callbacks/callback.entity';
import type { Reply } from '../replies/reply.entity';
import type { FeedbackCase } from './feedback-case.entity';

export function replyView(reply: Reply) {
  return {
    id: reply.id,
    assignmentId: reply.assignmentId,
    unitCode: reply.unitCode,
    attempt: reply.attempt,
    outcome: reply.outcome,
    text: reply.text,
    repliedAt: reply.repliedAt.toISOString(),
    repliedBy: reply.repliedBy,
  };
}

export function callbackView(callback: Callback) {
  return {
    id: callback.id,
    assignmentId: callback.assignmentId,
    unitCode: callback.unitCode,
    attempt: callback.attempt,
    reached: callback.reached,
    solved: callback.solved,
    satisfaction: callback.satisfaction,
    valid: callback.valid,
    recordedAt: callback.recordedAt.toISOString(),
    recordedBy: callback.recordedBy,
    callNo: callback.callNo,
    final: callback.final,
  };
}

/** What commands answer: the case as it now stands; `version` is what the next If-Match must carry. */
export function caseView(feedbackCase: FeedbackCase, lastReply: Reply | null) {
  return {
    requestId: feedbackCase.requestId,
    assignmentId: feedbackCase.assignmentId,
    unitCode: feedbackCase.unitCode,
    attempt: feedbackCase.attempt,
    status: feedbackCase.status,
    version: feedbackCase.version,
    callbackDueSince: feedbackCase.callbackDueSince?.toISOString() ?? null,
    primaryRequestId: feedbackCase.primaryRequestId ?? null,
    lastReply: lastReply ? replyView(lastReply) : null,
  };
}
export type CaseView = ReturnType<typeof caseView>;
