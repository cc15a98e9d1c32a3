import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { EventTypes, ValidationFailed, type ActorContext, type EventEnvelope, type RequestTriaged, type TriageDecision } from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { nextStatus } from '@civicloop/request-lifecycle';
import { citableProblem } from '../knowledge/article-visibility';
import { KnowledgeService } from '../knowledge/knowledge.service';
import type { CivicRequest } from '../requests/civic-request.entity';
import { recordOwnEvents } from '../requests/record-own-event';
import { lockedRequest } from '../requests/locked-request';
import { assertMayTriage, validTriage } from './triage-rules';

/**
 * Triage outcomes other than dispatch (分类处置): answered at once, handed to 110/119/120/122,
 * referred, out of scope, refused. The request leaves the loop (status triaged, out of the rates),
 * the resident sees the outcome and reason, and RequestTriaged tells dispatch to drop it.
 */
@Injectable()
export class TriageService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly knowledge: KnowledgeService,
    private readonly outbox: OutboxWriter,
  ) {}

  /** A request still registered or queued, triaged later: 409 with its state once a unit has it. */
  async triage(manager: EntityManager, context: ActorContext, requestId: string, decision: TriageDecision, expectedVersion?: number) {
    assertMayTriage(context);
    const request = await lockedRequest(manager, context, requestId, expectedVersion);
    const event = await this.apply(manager, context, request, decision, '');
    await manager.save(request);
    await recordOwnEvents(manager, this.outbox, request.id, [event]);
    return { id: request.id, orderNo: request.orderNo, status: request.status, version: request.version };
  }

  /**
   * Sets the outcome on the request (not yet saved) and returns the event to record. The cited
   * article must be published and valid today (400 on `${prefix}articleId` otherwise).
   */
  async apply(manager: EntityManager, context: ActorContext, request: CivicRequest, decision: TriageDecision, prefix: string): Promise<EventEnvelope<RequestTriaged>> {
    const outcome = validTriage(request.type, decision, prefix);
    const status = nextStatus(request.status, 'triage');
    let articleTitle: string | null = null;
    if (outcome.articleId) {
      const article = await this.knowledge.findCited(manager, context, outcome.articleId);
      const problem = citableProblem(article, this.knowledge.today());
      if (problem) throw new ValidationFailed([{ field: `${prefix}articleId`, reason: problem }]);
      articleTitle = article!.title;
    }
    Object.assign(request, {
      status,
      triageOutcome: outcome.outcome,
      triageReason: outcome.reason,
      triageArticleId: outcome.articleId ?? null,
      triageArticleTitle: articleTitle,
      emergencyService: outcome.emergencyService ?? null,
      referredTo: outcome.referredTo ?? null,
      triagedAt: this.clock.now(),
      version: request.version + 1,
    });
    return newEvent<RequestTriaged>(
      { type: EventTypes.RequestTriaged, aggregateId: request.id, aggregateVersion: request.version, data: { requestId: request.id, ...outcome } },
      context,
      this.clock,
    );
  }
}
