import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import {
  EventTypes,
  IllegalTransition,
  isUuid,

  StaleVersion,
  ValidationFailed,
  type ActorContext,
  type RaiseObjectionPayload,
  type ReviewObjectionPayload,
} from '@civicloop/contracts';
import { allowedActions, canApply, nextStatus, type RequestAction } from '@civicloop/request-lifecycle';
import { OutboxWriter } from '@civicloop/messaging';
import { Deadline } from '../deadlines/deadline.entity';
import { DispatchRequest } from '../queue/dispatch-request.entity';
import { DistrictReferenceService } from '../reference/district-reference.service';
import { AssignmentFactory } from './assignment-factory.service';
import { assignmentEvent } from './assignment-events';
import { assignmentView } from './assignment-view';
import { Assignment } from './assignment.entity';
import { assertHandlingUnit, assertRole, assertVisible } from './assignment-visibility';

/** What units and dispatchers do to an order: sign for it (签收), object (派单异议), review an objection. */
@Injectable()
export class AssignmentActionsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly factory: AssignmentFactory,
    private readonly reference: DistrictReferenceService,
  ) {}

  async signFor(manager: EntityManager, context: ActorContext, id: string, expectedVersion?: number) {
    const assignment = await this.load(manager, context, id, expectedVersion);
    assertHandlingUnit(context, assignment);
    this.advance(assignment, 'sign');
    const now = this.clock.now();
    assignment.signedAt = now;
    await manager.save(assignment);
    await manager.update(Deadline, { tenantId: context.tenantId, assignmentId: id, kind: 'sign-for', state: 'pending' }, { state: 'met' });
    const onTime = now.getTime() <= assignment.signForDeadline.getTime();
    await this.outbox.append(manager, [
      assignmentEvent(EventTypes.AssignmentSigned, assignment, { signedAt: now.toISOString(), signForDeadline: assignment.signForDeadline.toISOString(), onTime }, context, this.clock),
    ]);
    return assignmentView(assignment);
  }

  async raiseObjection(manager: EntityManager, context: ActorContext, payload: RaiseObjectionPayload, expectedVersion?: number) {
    const assignment = await this.load(manager, context, payload.assignmentId, expectedVersion);
    assertHandlingUnit(context, assignment);
    this.advance(assignment, 'object');
    assignment.objectionReason = payload.reason;
    await manager.save(assignment);
    await this.outbox.append(manager, [
      assignmentEvent(EventTypes.AssignmentObjected, assignment, { reason: payload.reason }, context, this.clock),
    ]);
    return assignmentView(assignment);
  }

  /** Upheld: the order leaves the unit and goes to another, with fresh clocks. Rejected: back to the unit, clocks running. */
  async reviewObjection(manager: EntityManager, context: ActorContext, payload: ReviewObjectionPayload, expectedVersion?: number) {
    assertRole(context, ['dispatcher'], 'reviewing an objection');
    const assignment = await this.load(manager, context, payload.assignmentId, expectedVersion);
    if (payload.decision === 'reject') {
      this.advance(assignment, 'reject-objection');
      await manager.save(assignment);
      await this.outbox.append(manager, [assignmentEvent(EventTypes.ObjectionRejected, assignment, { note: payload.note }, context, this.clock)]);
      return { objected: assignmentView(assignment), reassigned: null };
    }
    if (!payload.unitCode || !(await this.reference.unitExists(manager, context.tenantId, payload.unitCode))) {
      throw new ValidationFailed([{ field: 'unitCode', reason: 'upholding an objection needs the unit that takes the order instead, from this district' }]);
    }
    if (!canApply(assignment.status as never, 'uphold-objection')) {
      throw new IllegalTransition('assignment', assignment.status, 'uphold-objection', allowedActions(assignment.status as never));
    }
    assignment.status = 'withdrawn';
    assignment.version += 1;
    await manager.save(assignment);
    await manager.update(Deadline, { tenantId: context.tenantId, assignmentId: assignment.id, state: 'pending' }, { state: 'met' });
    await this.outbox.append(manager, [assignmentEvent(EventTypes.ObjectionUpheld, assignment, { note: payload.note }, context, this.clock)]);
    const request = await manager.findOneByOrFail(DispatchRequest, { tenantId: context.tenantId, requestId: assignment.requestId });
    const reassigned = await this.factory.assign(manager, context, request, payload.unitCode, { kind: 'objection-upheld', note: payload.note });
    return { objected: assignmentView(assignment), reassigned: assignmentView(reassigned) };
  }

  private async load(manager: EntityManager, context: ActorContext, id: string, expectedVersion?: number): Promise<Assignment> {
    const assignment = isUuid(id)
      ? await manager.findOne(Assignment, { where: { id, tenantId: context.tenantId }, lock: { mode: 'pessimistic_write' } })
      : null;
    assertVisible(context, assignment, id);
    if (expectedVersion !== undefined && expectedVersion !== assignment.version) {
      throw new StaleVersion('assignment', expectedVersion, assignment.version);
    }
    return assignment;
  }

  private advance(assignment: Assignment, action: RequestAction): void {
    if (assignment.status === 'withdrawn') throw new IllegalTransition('assignment', 'withdrawn', action, []);
    assignment.status = nextStatus(assignment.status, action) as Assignment['status'];
    assignment.version += 1;
  }
}
