import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import {
  EventTypes,
  IllegalTransition,
  ValidationFailed,
  type ActorContext,
  type ReviewObjectionPayload,
} from '@civicloop/contracts';
import { allowedActions } from '@civicloop/request-lifecycle';
import { OutboxWriter } from '@civicloop/messaging';
import { AssignmentFactory } from '../assignments/assignment-factory.service';
import { assignmentEvent } from '../assignments/assignment-events';
import { advanceAssignment, lockAssignment } from '../assignments/assignment-lock';
import { assignmentView } from '../assignments/assignment-view';
import type { Assignment } from '../assignments/assignment.entity';
import { requiredText } from '../assignments/required-text';
import { Deadline } from '../deadlines/deadline.entity';
import { DispatchRequest } from '../queue/dispatch-request.entity';
import { DistrictReferenceService } from '../reference/district-reference.service';
import { assertMayReview, assertReviewerRole } from './objection-reviewer';
import { objectionView } from './objection-view';
import { Objection } from './objection.entity';

/**
 * Review of an objection by a dispatcher, or by the supervisor from the third objection on.
 * Upheld: the order is withdrawn and re-dispatched with fresh clocks; the objecting unit is not
 * charged for it. Rejected: back to the unit with the reviewer's reason, its clocks unchanged.
 */
@Injectable()
export class ObjectionReviewService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly factory: AssignmentFactory,
    private readonly reference: DistrictReferenceService,
  ) {}

  async review(manager: EntityManager, context: ActorContext, payload: ReviewObjectionPayload, expectedVersion?: number) {
    const assignment = await lockAssignment(manager, context, payload.assignmentId, expectedVersion);
    assertReviewerRole(context);
    const action = payload.decision === 'uphold' ? 'uphold-objection' : 'reject-objection';
    const objection = await manager.findOne(Objection, {
      where: { tenantId: context.tenantId, assignmentId: assignment.id, state: 'in-review' },
      order: { raisedAt: 'DESC' },
    });
    if (!objection || assignment.status !== 'objected') {
      throw new IllegalTransition('assignment', assignment.status, action, assignment.status === 'withdrawn' ? [] : allowedActions(assignment.status));
    }
    assertMayReview(context, objection);
    const now = this.clock.now();
    const decided = { reviewedBy: context.userId, reviewedAt: now };
    if (payload.decision === 'reject') {
      const note = requiredText(payload.note, 'note', 'rejecting an objection needs the reviewer’s reason, for the unit');
      advanceAssignment(assignment, 'reject-objection');
      Object.assign(objection, decided, { state: 'rejected', reviewNote: note });
      await manager.save(assignment);
      await manager.save(objection);
      await this.reviewMet(manager, assignment);
      await this.outbox.append(manager, [assignmentEvent(EventTypes.ObjectionRejected, assignment, this.decision(objection, note), context, this.clock)]);
      return { objected: assignmentView(assignment), reassigned: null, objection: objectionView(objection) };
    }
    const unitCode = await this.replacementUnit(manager, context, assignment, payload.unitCode);
    const note = (payload.note ?? '').trim();
    advanceAssignment(assignment, 'uphold-objection');
    assignment.status = 'withdrawn';
    await manager.save(assignment);
    // The withdrawn order's clocks stop; the new assignment starts its own.
    await manager.update(Deadline, { tenantId: context.tenantId, assignmentId: assignment.id, state: 'pending' }, { state: 'met' });
    Object.assign(objection, decided, { state: 'upheld', reviewNote: note, reassignedUnitCode: unitCode });
    await this.outbox.append(manager, [assignmentEvent(EventTypes.ObjectionUpheld, assignment, this.decision(objection, note), context, this.clock)]);
    const request = await manager.findOneByOrFail(DispatchRequest, { tenantId: context.tenantId, requestId: assignment.requestId });
    const reassigned = await this.factory.assign(manager, context, request, unitCode, { kind: 'objection-upheld', note });
    objection.reassignedAssignmentId = reassigned.id;
    await manager.save(objection);
    return { objected: assignmentView(assignment), reassigned: assignmentView(reassigned), objection: objectionView(objection) };
  }

  private decision(objection: Objection, note: string) {
    return {
      note,
      reviewerRole: objection.reviewerRole,
      objectionId: objection.id,
      objectionNo: objection.objectionNo,
      reassignedUnitCode: objection.reassignedUnitCode,
    };
  }

  private async reviewMet(manager: EntityManager, assignment: Assignment): Promise<void> {
    await manager.update(Deadline, { tenantId: assignment.tenantId, assignmentId: assignment.id, kind: 'objection-review', state: 'pending' }, { state: 'met' });
  }

  private async replacementUnit(manager: EntityManager, context: ActorContext, assignment: Assignment, unitCode: string | undefined): Promise<string> {
    if (!unitCode || !(await this.reference.unitExists(manager, context.tenantId, unitCode))) {
      throw new ValidationFailed([{ field: 'unitCode', reason: 'upholding an objection needs the unit that takes the order instead, from this district' }]);
    }
    if (unitCode === assignment.unitCode) {
      throw new ValidationFailed([{ field: 'unitCode', reason: `${unitCode} objected to this order: upholding sends it to another unit` }]);
    }
    return unitCode;
  }
}
