import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import {
  EventTypes,
  Forbidden,
  hasAnyRole,
  IllegalTransition,
  worksForAnyOf,
  type ActorContext,
  type DecideObjectionAsManagerPayload,
  type RaiseObjectionPayload,
} from '@civicloop/contracts';
import { WORKING_DAY_MINUTES } from '@civicloop/dispatch-rules';
import { allowedActions, canApply } from '@civicloop/request-lifecycle';
import { OutboxWriter } from '@civicloop/messaging';
import { assignmentEvent } from '../assignments/assignment-events';
import { advanceAssignment, lockAssignment, lockOwnLeadAssignment } from '../assignments/assignment-lock';
import { assignmentView } from '../assignments/assignment-view';
import type { Assignment } from '../assignments/assignment.entity';
import { DistrictRuleBook, type RuleBook } from '../assignments/district-rule-book.service';
import { LimitExceeded } from '../assignments/limit-exceeded';
import { requiredText } from '../assignments/required-text';
import { Deadline } from '../deadlines/deadline.entity';
import { objectionNumber, objectionRoute, objectionWindow, reviewDueAt, reviewerRoleFor } from './objection-rules';
import { objectionView } from './objection-view';
import { Objection } from './objection.entity';

/**
 * A unit objects to an order (派单异议) within the district's window, with a reason; when the
 * district requires it, the unit's manager approves it on to review or refuses it back to the unit.
 */
@Injectable()
export class ObjectionRaisingService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly ruleBook: DistrictRuleBook,
  ) {}

  async raise(manager: EntityManager, context: ActorContext, payload: RaiseObjectionPayload, expectedVersion?: number) {
    const reason = requiredText(payload.reason, 'reason', 'an objection needs the reason the order is not this unit’s');
    // In this version the lead objects for the order; a co-handler raises its concerns with the lead (吹哨报到).
    const assignment = await lockOwnLeadAssignment(
      manager,
      context,
      payload.assignmentId,
      expectedVersion,
      'a co-handler does not object to the order: it reports to the lead unit, which may object',
    );
    const book = await this.ruleBook.load(manager, context.tenantId);
    const route = objectionRoute(book.rules.managerApprovesObjections);
    if (assignment.status === 'withdrawn' || !canApply(assignment.status, route.action)) {
      throw new IllegalTransition('assignment', assignment.status, route.action, assignment.status === 'withdrawn' ? [] : allowedActions(assignment.status));
    }
    const now = this.clock.now();
    const window = objectionWindow(book.calendar, assignment.dispatchedAt, book.rules.objectionWindowWorkingMinutes, now);
    if (!window.open) {
      const days = book.rules.objectionWindowWorkingMinutes / WORKING_DAY_MINUTES;
      throw new LimitExceeded('objectionWindowWorkingMinutes', `the objection window (${days} working days from dispatch) closed at`, window.endsAt, book.timeZone, {
        windowWorkingMinutes: book.rules.objectionWindowWorkingMinutes,
      });
    }
    const earlier = await manager.find(Objection, {
      where: { tenantId: context.tenantId, requestId: assignment.requestId, attempt: assignment.attempt },
      select: { state: true },
    });
    const objectionNo = objectionNumber(earlier);
    const objection = manager.create(Objection, {
      id: randomUUID(),
      tenantId: context.tenantId,
      assignmentId: assignment.id,
      requestId: assignment.requestId,
      attempt: assignment.attempt,
      unitCode: assignment.unitCode,
      objectionNo,
      reason,
      state: route.state,
      reviewerRole: reviewerRoleFor(objectionNo),
      raisedBy: context.userId,
      raisedAt: now,
      windowEndsAt: window.endsAt,
      reviewDueAt: null,
      managerId: null,
      managerDecidedAt: null,
      managerNote: null,
      reviewedBy: null,
      reviewedAt: null,
      reviewNote: null,
      reassignedUnitCode: null,
      reassignedAssignmentId: null,
    });
    advanceAssignment(assignment, route.action);
    assignment.objectionReason = reason;
    await manager.save(assignment);
    if (route.state === 'in-review') await this.sendToReview(manager, objection, book, now);
    await manager.insert(Objection, objection);
    await this.outbox.append(manager, [
      assignmentEvent(
        EventTypes.AssignmentObjected,
        assignment,
        {
          reason,
          awaitingManager: route.state === 'awaiting-manager',
          objectionNo,
          reviewDueAt: objection.reviewDueAt?.toISOString() ?? null,
          objectionId: objection.id,
          reviewerRole: objection.reviewerRole,
        },
        context,
        this.clock,
      ),
    ]);
    return { ...assignmentView(assignment), objection: objectionView(objection) };
  }

  /** The unit's manager approves (on to review) or refuses (back to the unit, clocks unchanged). */
  async decideAsManager(manager: EntityManager, context: ActorContext, payload: DecideObjectionAsManagerPayload, expectedVersion?: number) {
    const assignment = await lockAssignment(manager, context, payload.assignmentId, expectedVersion);
    if (!hasAnyRole(context, ['unit-manager']) || !worksForAnyOf(context, [assignment.unitCode])) {
      throw new Forbidden(`only the manager of ${assignment.unitCode} approves or refuses its objections`);
    }
    const approve = payload.decision === 'approve';
    const note = approve ? (payload.note ?? '').trim() : requiredText(payload.note, 'note', 'refusing an objection needs the reason, for the unit');
    advanceAssignment(assignment, approve ? 'approve-objection' : 'refuse-objection');
    const objection = await this.waitingFor(manager, assignment, 'awaiting-manager');
    const now = this.clock.now();
    Object.assign(objection, { managerId: context.userId, managerDecidedAt: now, managerNote: note });
    if (approve) await this.sendToReview(manager, objection, await this.ruleBook.load(manager, context.tenantId), now);
    else objection.state = 'refused-by-manager';
    await manager.save(assignment);
    await manager.save(objection);
    await this.outbox.append(manager, [
      assignmentEvent(
        approve ? EventTypes.ObjectionApproved : EventTypes.ObjectionRefused,
        assignment,
        { note, reviewerRole: 'unit-manager', objectionId: objection.id, objectionNo: objection.objectionNo, reviewDueAt: objection.reviewDueAt?.toISOString() ?? null },
        context,
        this.clock,
      ),
    ]);
    return { ...assignmentView(assignment), objection: objectionView(objection) };
  }

  /** In the review queue: due within the district's review time, watched by a timer row. */
  private async sendToReview(manager: EntityManager, objection: Objection, book: RuleBook, now: Date): Promise<void> {
    objection.state = 'in-review';
    objection.reviewDueAt = reviewDueAt(book.calendar, now, book.rules.objectionReviewWorkingMinutes);
    await manager.insert(Deadline, {
      id: randomUUID(),
      tenantId: objection.tenantId,
      assignmentId: objection.assignmentId,
      kind: 'objection-review',
      dueAt: objection.reviewDueAt,
      // The review clock starts when the objection reaches the queue, not at dispatch.
      startsAt: now,
      state: 'pending',
    });
  }

  private async waitingFor(manager: EntityManager, assignment: Assignment, state: Objection['state']): Promise<Objection> {
    const objection = await manager.findOne(Objection, {
      where: { tenantId: assignment.tenantId, assignmentId: assignment.id, state },
      order: { raisedAt: 'DESC' },
    });
    if (!objection) throw new Error(`assignment ${assignment.id} is ${assignment.status} without an objection ${state}`);
    return objection;
  }
}
