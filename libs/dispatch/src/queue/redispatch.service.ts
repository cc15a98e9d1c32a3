import { Injectable } from '@nestjs/common';
import { In, Not, type EntityManager } from 'typeorm';
import { IllegalTransition, isUuid, NotFound, ValidationFailed, type ActorContext, type RedispatchRequestPayload } from '@civicloop/contracts';
import type { DispatchPlan } from '@civicloop/dispatch-rules';
import { allowedActions, isRequestStatus } from '@civicloop/request-lifecycle';
import { AssignmentFactory } from '../assignments/assignment-factory.service';
import { Assignment } from '../assignments/assignment.entity';
import { assignmentView } from '../assignments/assignment-view';
import { assertRole } from '../assignments/assignment-visibility';
import { Deadline } from '../deadlines/deadline.entity';
import { DistrictReferenceService } from '../reference/district-reference.service';
import { DispatchPlanner } from './dispatch-planner.service';
import { DispatchRequest } from './dispatch-request.entity';

/**
 * A dispatcher overrides the catalogue (改派): a queued request, or one whose lead has not signed
 * yet, goes to another unit with the dispatcher's reason and the rule it overrode. The unsigned
 * lead order and its co-handlers' orders are withdrawn. Once signed, the unit must object instead.
 */
@Injectable()
export class RedispatchService {
  constructor(
    private readonly factory: AssignmentFactory,
    private readonly reference: DistrictReferenceService,
    private readonly planner: DispatchPlanner,
  ) {}

  async redispatch(manager: EntityManager, context: ActorContext, payload: RedispatchRequestPayload) {
    assertRole(context, ['dispatcher'], 'overriding dispatch');
    const request = isUuid(payload.requestId)
      ? await manager.findOne(DispatchRequest, { where: { tenantId: context.tenantId, requestId: payload.requestId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!request) throw new NotFound('request', payload.requestId);
    if (request.status === 'triaged') throw new IllegalTransition('request', 'triaged', 'redispatch', []);
    if (!(await this.reference.unitExists(manager, context.tenantId, payload.unitCode))) {
      throw new ValidationFailed([{ field: 'unitCode', reason: `no unit "${payload.unitCode}" in this district` }]);
    }
    const lead = request.status === 'dispatched' ? await this.currentLead(manager, request) : null;
    if (lead) {
      if (lead.status !== 'dispatched') {
        const state = lead.status;
        throw new IllegalTransition('order', state, 'redispatch', isRequestStatus(state) ? allowedActions(state) : []);
      }
      if (lead.unitCode === payload.unitCode) throw new ValidationFailed([{ field: 'unitCode', reason: `the order is already with ${payload.unitCode}` }]);
      await this.withdraw(manager, lead);
    }
    const plan = await this.planner.plan(manager, request.tenantId, request.categoryCode, request.areaCode);
    const reason = { kind: 'override' as const, note: payload.reason, ruleId: overriddenRuleId(lead, plan) };
    const assignment = await this.factory.assign(manager, context, request, payload.unitCode, reason, { replacesAssignmentId: lead?.id });
    return assignmentView(assignment, []);
  }

  private currentLead(manager: EntityManager, request: DispatchRequest): Promise<Assignment | null> {
    return manager.findOne(Assignment, {
      where: { tenantId: request.tenantId, requestId: request.requestId, attempt: request.attempt, role: 'lead', status: Not('withdrawn') },
      order: { dispatchedAt: 'DESC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The lead's order and its co-handlers' leave their units; their clocks stop. */
  private async withdraw(manager: EntityManager, lead: Assignment): Promise<void> {
    const coHandlers = await manager.find(Assignment, { where: { tenantId: lead.tenantId, leadAssignmentId: lead.id, status: Not('withdrawn') } });
    const withdrawn = [lead, ...coHandlers];
    for (const assignment of withdrawn) {
      assignment.status = 'withdrawn';
      assignment.version += 1;
    }
    await manager.save(withdrawn);
    await manager.update(Deadline, { tenantId: lead.tenantId, assignmentId: In(withdrawn.map((a) => a.id)), state: 'pending' }, { state: 'met' });
  }
}

/** The catalogue rule the dispatcher set aside: the one the order went by, else the one the catalogue would pick. */
function overriddenRuleId(lead: Assignment | null, plan: DispatchPlan): string | null {
  if (lead?.reason.kind === 'catalogue') return lead.reason.ruleId;
  if (plan.kind === 'dispatch') return plan.rule?.id ?? null;
  return plan.candidates[0]?.id ?? null;
}
