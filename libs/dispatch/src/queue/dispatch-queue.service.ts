import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IllegalTransition, isUuid, NotFound, ValidationFailed, type ActorContext, type AssignRequestPayload } from '@civicloop/contracts';
import { handlingUnitsProblems } from '@civicloop/dispatch-rules';
import { AssignmentFactory } from '../assignments/assignment-factory.service';
import { assertRole } from '../assignments/assignment-visibility';
import { assignmentView } from '../assignments/assignment-view';
import { DistrictReferenceService } from '../reference/district-reference.service';
import { DispatchRequest } from './dispatch-request.entity';

/** The dispatchers' queue (派单员): requests that wait for a person to choose the unit. */
@Injectable()
export class DispatchQueueService {
  constructor(
    private readonly factory: AssignmentFactory,
    private readonly reference: DistrictReferenceService,
  ) {}

  async list(manager: EntityManager, context: ActorContext) {
    assertRole(context, ['dispatcher', 'supervisor'], 'the dispatch queue');
    const waiting = await manager.find(DispatchRequest, { where: { tenantId: context.tenantId, status: 'queued' }, order: { queuedAt: 'ASC' }, take: 500 });
    return waiting.map((request) => ({
      requestId: request.requestId,
      categoryCode: request.categoryCode,
      areaCode: request.areaCode,
      urgency: request.urgency,
      attempt: request.attempt,
      suggestedUnitCode: request.suggestedUnitCode,
      reason: request.queueReason,
      queuedAt: request.queuedAt?.toISOString() ?? null,
    }));
  }

  async assign(manager: EntityManager, context: ActorContext, payload: AssignRequestPayload) {
    assertRole(context, ['dispatcher'], 'dispatching a request');
    const request = isUuid(payload.requestId)
      ? await manager.findOne(DispatchRequest, { where: { tenantId: context.tenantId, requestId: payload.requestId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!request) throw new NotFound('request', payload.requestId);
    if (request.status !== 'queued') throw new IllegalTransition('request', request.status, 'dispatch', []);
    const coHandlerCodes = [...new Set(payload.coHandlerCodes ?? [])];
    const problems = handlingUnitsProblems(payload.unitCode, 'unitCode', coHandlerCodes, await this.reference.unitCodes(manager, context.tenantId));
    if (problems.length > 0) throw new ValidationFailed(problems);
    const assignment = await this.factory.assign(manager, context, request, payload.unitCode, { kind: 'manual', note: payload.note }, { coHandlerCodes });
    return assignmentView(assignment);
  }
}
