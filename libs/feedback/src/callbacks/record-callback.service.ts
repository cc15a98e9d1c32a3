import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { isUuid, NotFound, type ActorContext, type CommandMessage, type RecordCallbackPayload } from '@civicloop/contracts';
import { OutboxWriter } from '@civicloop/messaging';
import { insertStatementOf, updateStatementOf } from '@civicloop/persistence';
import { nextStatus } from '@civicloop/request-lifecycle';
import { assertExpectedVersion, assertMayRecordCallback, ratesAsResident } from '../cases/case-access';
import { caseView, callbackView } from '../cases/case-view';
import { FeedbackCase } from '../cases/feedback-case.entity';
import { RequestOwnersService } from '../residents/request-owners.service';
import { readCallbackAnswer } from './callback-answer';
import { callbackStep } from './callback-calls';
import { clearCallbackDue } from './callback-due';
import { callbackHistory } from './callback-history';
import { callbackEvents } from './callback-events';
import { Callback } from './callback.entity';

/**
 * The call centre asks the resident (回访), or the resident rates their own request in the portal: solved closes the request, not solved reopens it (重办,
 * the attempt number goes up and is kept), unreached waits for the next call until the last allowed
 * one closes the loop as "not reached" with an invalid callback.
 */
@Injectable()
export class RecordCallbackService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly owners: RequestOwnersService,
  ) {}

  async record(manager: EntityManager, context: ActorContext, message: CommandMessage<RecordCallbackPayload>) {
    const { requestId, answer, suggestedUnitCode } = readCallbackAnswer(message.payload);
    const { tenantId } = context;
    const owner = ratesAsResident(context) && isUuid(requestId) ? await this.owners.ownerOf(manager, tenantId, requestId) : null;
    assertMayRecordCallback(context, requestId, owner, answer.reached);
    const feedbackCase = isUuid(requestId)
      ? await manager.findOne(FeedbackCase, { where: { tenantId, requestId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!feedbackCase) throw new NotFound('request', requestId);
    assertExpectedVersion(message.expectedVersion, feedbackCase.version);
    const { callsSoFar, lastReply } = await callbackHistory(manager, tenantId, requestId, feedbackCase.attempt);
    const step = callbackStep(answer, callsSoFar);
    const next = nextStatus(feedbackCase.status, step.action);
    // Only a replied or expired case takes a callback, and such a case always has its lead's assignment.
    const { assignmentId, unitCode } = feedbackCase;
    if (!assignmentId || !unitCode) throw new Error(`case ${requestId} is ${feedbackCase.status} without an assignment`);
    const now = this.clock.now();
    const callback = manager.create(Callback, {
      id: randomUUID(),
      tenantId,
      requestId,
      assignmentId,
      unitCode,
      attempt: feedbackCase.attempt,
      ...answer,
      recordedAt: now,
      recordedBy: context.userId,
      callNo: step.callNo,
      final: step.final,
    });
    feedbackCase.status = next;
    if (step.final) clearCallbackDue(feedbackCase);
    if (next === 'reopened') {
      // The next try (重办) starts without a unit until dispatch assigns one; it is no longer a duplicate's.
      Object.assign(feedbackCase, { attempt: feedbackCase.attempt + 1, assignmentId: null, unitCode: null, primaryRequestId: null });
    }
    feedbackCase.version += 1;
    feedbackCase.updatedAt = now;
    // The case, the callback and the events in one statement (docs/adr/0023).
    await this.outbox.append(
      manager,
      callbackEvents(callback, feedbackCase, context, this.clock, suggestedUnitCode),
      updateStatementOf(manager, feedbackCase),
      insertStatementOf(manager, Callback, callback),
    );
    return { ...caseView(feedbackCase, lastReply), callback: callbackView(callback) };
  }
}
