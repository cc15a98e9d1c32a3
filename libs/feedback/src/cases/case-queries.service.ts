import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUuid, NotFound, type ActorContext } from '@civicloop/contracts';
import { Callback } from '../callbacks/callback.entity';
import { Reply } from '../replies/reply.entity';
import { canSeeCase } from './case-access';
import { CaseAssignment } from './case-assignment.entity';
import { callbackView, caseView, replyView } from './case-view';
import { FeedbackCase } from './feedback-case.entity';

@Injectable()
export class CaseQueriesService {
  /** A case with every reply and callback, oldest first. Outside the user's view it is 404, so existence never leaks. */
  async get(manager: EntityManager, context: ActorContext, requestId: string) {
    const { tenantId } = context;
    const feedbackCase = isUuid(requestId) ? await manager.findOneBy(FeedbackCase, { tenantId, requestId }) : null;
    if (!feedbackCase) throw new NotFound('request', requestId);
    const assignments = await manager.findBy(CaseAssignment, { tenantId, requestId });
    if (!canSeeCase(context, assignments.map((assignment) => assignment.unitCode))) throw new NotFound('request', requestId);
    const replies = await manager.find(Reply, { where: { tenantId, requestId }, order: { repliedAt: 'ASC', id: 'ASC' } });
    const callbacks = await manager.find(Callback, { where: { tenantId, requestId }, order: { recordedAt: 'ASC', id: 'ASC' } });
    return {
      ...caseView(feedbackCase, replies.at(-1) ?? null),
      replies: replies.map(replyView),
      callbacks: callbacks.map(callbackView),
    };
  }
}
