import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import {
  EventTypes,
  type ActorContext,
  type EventEnvelope,
  type RequestQueued,
  type RequestRegistered,
  type RequestReopened,
} from '@civicloop/contracts';
import { EventInbox, newEvent, OutboxWriter } from '@civicloop/messaging';
import { systemContext } from '@civicloop/persistence';
import { AssignmentFactory } from '../assignments/assignment-factory.service';
import { DistrictReferenceService } from '../reference/district-reference.service';
import { DispatchRequest } from './dispatch-request.entity';

/**
 * Routes a new or reopened request by the dispatch catalogue: straight to the unit when the
 * category is dispatched automatically and exactly one unit matches; otherwise to the
 * dispatchers' queue with the suggested unit.
 */
@Injectable()
export class RequestRoutingService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly inbox: EventInbox,
    private readonly reference: DistrictReferenceService,
    private readonly factory: AssignmentFactory,
    private readonly outbox: OutboxWriter,
  ) {}

  onRegistered(event: EventEnvelope<RequestRegistered>): Promise<boolean> {
    return this.inbox.handleOnce(event, async (manager) => {
      const request = manager.create(DispatchRequest, {
        tenantId: event.tenantId,
        requestId: event.data.requestId,
        categoryCode: event.data.categoryCode,
        areaCode: event.data.areaCode,
        urgency: event.data.urgency,
        attempt: 1,
        status: 'queued',
        suggestedUnitCode: null,
        queueReason: null,
        queuedAt: null,
      });
      await manager.insert(DispatchRequest, request);
      await this.route(manager, systemActor(event), request);
    });
  }

  onReopened(event: EventEnvelope<RequestReopened>): Promise<boolean> {
    return this.inbox.handleOnce(event, async (manager) => {
      const request = await manager.findOneBy(DispatchRequest, { tenantId: event.tenantId, requestId: event.data.requestId });
      if (!request) throw new Error(`request ${event.data.requestId} reopened before dispatch knew it; retrying later`);
      if (request.attempt >= event.data.attempt) return;
      request.attempt = event.data.attempt;
      await manager.save(request);
      await this.route(manager, systemActor(event), request);
    });
  }

  private async route(manager: EntityManager, context: ActorContext, request: DispatchRequest): Promise<void> {
    const match = await this.reference.match(manager, request.tenantId, request.categoryCode, request.areaCode);
    if (match.kind === 'unique' && (await this.reference.autoDispatch(manager, request.tenantId, request.categoryCode))) {
      await this.factory.assign(manager, context, request, match.rule.unitCode, { kind: 'catalogue', ruleId: match.rule.id });
      return;
    }
    const suggested =
      match.kind === 'unique' ? match.rule.unitCode : match.kind === 'ambiguous' ? match.suggested.unitCode : await this.reference.fallbackUnit(manager, request.tenantId);
    const reason =
      match.kind === 'unique'
        ? 'this category is dispatched by hand'
        : match.kind === 'ambiguous'
          ? `the catalogue names ${match.candidates.length} units`
          : 'no catalogue rule applies; the district government takes it (兜底)';
    await this.queue(manager, context, request, suggested, reason);
  }

  private async queue(manager: EntityManager, context: ActorContext, request: DispatchRequest, suggested: string | null, reason: string) {
    request.status = 'queued';
    request.suggestedUnitCode = suggested;
    request.queueReason = reason;
    request.queuedAt = this.clock.now();
    await manager.save(request);
    await this.outbox.append(manager, [
      newEvent<RequestQueued>(
        {
          type: EventTypes.RequestQueued,
          aggregateId: request.requestId,
          aggregateVersion: request.attempt,
          data: { requestId: request.requestId, attempt: request.attempt, suggestedUnitCode: suggested, reason },
        },
        context,
        this.clock,
      ),
    ]);
  }
}

/** Routing acts for the system, on behalf of the tenant of the event that caused it. */
function systemActor(event: EventEnvelope): ActorContext {
  return systemContext(event.tenantId, event.traceparent);
}
