import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { EventTypes, type ActorContext, type AssignmentCreated, type DispatchReason } from '@civicloop/contracts';
import { computeDeadlines } from '@civicloop/dispatch-rules';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { DistrictCalendarService } from '../districts/district-calendar.service';
import { Deadline } from '../deadlines/deadline.entity';
import { DispatchRequest } from '../queue/dispatch-request.entity';
import { Assignment } from './assignment.entity';

/** Makes an assignment: its deadlines on the district's calendar, its timer rows, and its event. */
@Injectable()
export class AssignmentFactory {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly calendars: DistrictCalendarService,
    private readonly outbox: OutboxWriter,
  ) {}

  async assign(manager: EntityManager, context: ActorContext, request: DispatchRequest, unitCode: string, reason: DispatchReason): Promise<Assignment> {
    const now = this.clock.now();
    const calendar = await this.calendars.calendarFor(manager, request.tenantId);
    const { signForDeadline, feedbackDeadline } = computeDeadlines(calendar, request.urgency, now);
    const assignment = manager.create(Assignment, {
      id: randomUUID(),
      tenantId: request.tenantId,
      requestId: request.requestId,
      unitCode,
      attempt: request.attempt,
      status: 'dispatched',
      dispatchedAt: now,
      signForDeadline,
      feedbackDeadline,
      signedAt: null,
      objectionReason: null,
      reason,
      version: 1,
    });
    await manager.insert(Assignment, assignment);
    await manager.insert(Deadline, [
      { id: randomUUID(), tenantId: request.tenantId, assignmentId: assignment.id, kind: 'sign-for', dueAt: signForDeadline, state: 'pending' },
      { id: randomUUID(), tenantId: request.tenantId, assignmentId: assignment.id, kind: 'feedback', dueAt: feedbackDeadline, state: 'pending' },
    ]);
    await manager.update(DispatchRequest, { tenantId: request.tenantId, requestId: request.requestId }, { status: 'dispatched', queuedAt: null });
    await this.outbox.append(manager, [
      newEvent<AssignmentCreated>(
        {
          type: EventTypes.AssignmentCreated,
          aggregateId: assignment.id,
          aggregateVersion: 1,
          data: {
            assignmentId: assignment.id,
            requestId: request.requestId,
            unitCode,
            attempt: request.attempt,
            dispatchedAt: now.toISOString(),
            signForDeadline: signForDeadline.toISOString(),
            feedbackDeadline: feedbackDeadline.toISOString(),
            reason,
          },
        },
        context,
        this.clock,
      ),
    ]);
    return assignment;
  }
}
