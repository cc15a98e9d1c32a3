import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import {
  EventTypes,
  type ActorContext,
  type EventEnvelope,
  type RequestQueued,
  type RequestMerged,
  type RequestRegistered,
  type RequestReopened,
  type RequestTriaged,
} from '@civicloop/contracts';
import { EventInbox, newEvent, OutboxWriter } from '@civicloop/messaging';
import { systemContext } from '@civicloop/persistence';
import { AssignmentFactory } from '../assignments/assignment-factory.service';
import { DistrictReferenceService } from '../reference/district-reference.service';
import { DispatchPlanner } from './dispatch-planner.service';
import { DispatchRequest } from './dispatch-request.entity';

/**
 * Routes a new or reopened request by the dispatch catalogue (see planDispatch): straight to the
 * lead unit and its co-handlers, or to the fallback unit (兜底) when nothing matches; otherwise to
 * the dispatchers' queue with the suggested unit.
 */
@Injectable()
export class RequestRoutingService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly inbox: EventInbox,
    private readonly planner: DispatchPlanner,
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
        // Triaged at registration (e.g. answered at once): known here, never routed.
        status: event.data.dispatch === false ? 'triaged' : 'queued',
        suggestedUnitCode: null,
        queueReason: null,
        queuedAt: null,
      });
      await manager.insert(DispatchRequest, request);
      if (request.status === 'triaged') return;
      const addressed = event.data.addressedUnitCode;
      if (addressed && (await this.reference.unitExists(manager, request.tenantId, addressed))) {
        await this.factory.assign(manager, systemActor(event), request, addressed, { kind: 'manual', note: addressedNote(event.data.channel) });
        return;
      }
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
      // 重办 to the unit the call centre chose, when it is one of this district's; else by the catalogue.
      const suggested = event.data.suggestedUnitCode;
      if (suggested && (await this.reference.unitExists(manager, request.tenantId, suggested))) {
        await this.factory.assign(manager, systemActor(event), request, suggested, { kind: 'manual', note: `reopened (重办): ${event.data.reason}` });
        return;
      }
      await this.route(manager, systemActor(event), request);
    });
  }

  /**
   * Triaged or merged at intake while waiting here: it leaves the dispatchers' queue. Intake allows
   * both only before dispatch; a request this service dispatched meanwhile keeps its order.
   */
  onLeftIntake(event: EventEnvelope<RequestTriaged | RequestMerged>): Promise<boolean> {
    return this.inbox.handleOnce(event, async (manager) => {
      const request = await manager.findOneBy(DispatchRequest, { tenantId: event.tenantId, requestId: event.data.requestId });
      if (!request) throw new Error(`request ${event.data.requestId} left intake before dispatch knew it; retrying later`);
      if (request.status !== 'queued') return;
      request.status = event.type === EventTypes.RequestMerged ? 'merged' : 'triaged';
      request.queuedAt = null;
      await manager.save(request);
    });
  }

  private async route(manager: EntityManager, context: ActorContext, request: DispatchRequest): Promise<void> {
    const plan = await this.planner.plan(manager, request.tenantId, request.categoryCode, request.areaCode);
    if (plan.kind === 'dispatch') {
      await this.factory.assign(manager, context, request, plan.leadUnitCode, plan.reason, { coHandlerCodes: plan.coHandlerCodes });
      return;
    }
    await this.queue(manager, context, request, plan.suggestedUnitCode, plan.reason);
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

/** Why an order went straight to the unit its raiser named: a deputies' work letter, or a community's order. */
function addressedNote(channel: RequestRegistered['channel']): string {
  return channel === 'reception' ? 'addressed by a deputies’ work letter (交办函)' : 'ordered by the community from this unit (社区下单)';
}
