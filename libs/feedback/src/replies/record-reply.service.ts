import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import {
  EventTypes,
  isUuid,
  NotFound,
  type ActorContext,
  type CommandMessage,
  type RecordReplyPayload,
  type ReplyRecorded,
} from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { insertStatementOf, updateStatementOf } from '@civicloop/persistence';
import { nextStatus } from '@civicloop/request-lifecycle';
import { callbackDueEvent, markCallbackDue } from '../callbacks/callback-due';
import { assertExpectedVersion, assertReplyingUnit, canSeeCase } from '../cases/case-access';
import { CaseAssignment } from '../cases/case-assignment.entity';
import { caseView, type CaseView } from '../cases/case-view';
import { FeedbackCase } from '../cases/feedback-case.entity';
import { MergedCallbacksService } from '../merges/merged-callbacks.service';
import { Reply } from './reply.entity';
import { replyRefusal } from './reply-eligibility';
import { readReplyInput } from './reply-input';

/**
 * The lead unit answers the resident (答复): the case moves to replied (also after it expired: a late
 * reply is still taken) and becomes due a callback, with any duplicates merged into it (并单).
 */
@Injectable()
export class RecordReplyService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly merged: MergedCallbacksService,
  ) {}

  async record(manager: EntityManager, context: ActorContext, message: CommandMessage<RecordReplyPayload>): Promise<CaseView> {
    const input = readReplyInput(message.payload);
    const { tenantId } = context;
    const assignment = isUuid(input.assignmentId) ? await manager.findOneBy(CaseAssignment, { tenantId, assignmentId: input.assignmentId }) : null;
    // Outside the user's view is 404, as in dispatch: existence never leaks.
    if (!assignment || !canSeeCase(context, [assignment.unitCode])) throw new NotFound('assignment', input.assignmentId);
    assertReplyingUnit(context, assignment.unitCode);
    const feedbackCase = await manager.findOneOrFail(FeedbackCase, {
      where: { tenantId, requestId: assignment.requestId },
      lock: { mode: 'pessimistic_write' },
    });
    assertExpectedVersion(message.expectedVersion, feedbackCase.version);
    const refusal = replyRefusal(assignment, feedbackCase.assignmentId);
    if (refusal) throw refusal;
    const now = this.clock.now();
    feedbackCase.status = nextStatus(feedbackCase.status, 'reply');
    markCallbackDue(feedbackCase, 'replied', now);
    feedbackCase.version += 1;
    feedbackCase.updatedAt = now;
    const reply = manager.create(Reply, {
      id: randomUUID(),
      tenantId,
      requestId: assignment.requestId,
      assignmentId: assignment.assignmentId,
      unitCode: assignment.unitCode,
      attempt: assignment.attempt,
      outcome: input.outcome,
      text: input.text,
      repliedAt: now,
      repliedBy: context.userId,
    });
    const event = newEvent<ReplyRecorded>(
      {
        type: EventTypes.ReplyRecorded,
        aggregateId: reply.requestId,
        aggregateVersion: feedbackCase.version,
        data: {
          replyId: reply.id,
          requestId: reply.requestId,
          assignmentId: reply.assignmentId,
          unitCode: reply.unitCode,
          attempt: reply.attempt,
          outcome: reply.outcome,
          text: reply.text,
          repliedAt: now.toISOString(),
        },
      },
      context,
      this.clock,
    );
    const events = [event, callbackDueEvent(feedbackCase, context, this.clock), ...(await this.merged.dueWith(manager, feedbackCase, context))];
    // The case, the reply and the events in one statement (docs/adr/0023).
    await this.outbox.append(manager, events, updateStatementOf(manager, feedbackCase), insertStatementOf(manager, Reply, reply));
    return caseView(feedbackCase, reply);
  }
}
