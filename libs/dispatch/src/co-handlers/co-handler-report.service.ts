import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { EventTypes, IllegalTransition, isUuid, StaleVersion, type ActorContext, type CoHandlerReported, type ReportToLeadPayload } from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { Assignment } from '../assignments/assignment.entity';
import { assignmentView } from '../assignments/assignment-view';
import { assertHandlingUnit, assertVisible } from '../assignments/assignment-visibility';
import { Deadline } from '../deadlines/deadline.entity';

/** 吹哨报到: a co-handler that signed for its order reports to the lead unit, on time or late. */
@Injectable()
export class CoHandlerReportService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
  ) {}

  async reportToLead(manager: EntityManager, context: ActorContext, payload: ReportToLeadPayload, expectedVersion?: number) {
    const id = payload.assignmentId;
    const assignment = isUuid(id) ? await manager.findOne(Assignment, { where: { id, tenantId: context.tenantId }, lock: { mode: 'pessimistic_write' } }) : null;
    assertVisible(context, assignment, id);
    assertHandlingUnit(context, assignment);
    if (expectedVersion !== undefined && expectedVersion !== assignment.version) throw new StaleVersion('assignment', expectedVersion, assignment.version);
    if (assignment.role !== 'co-handler' || !assignment.leadAssignmentId) {
      throw new IllegalTransition('assignment', `the lead's order`, 'report-to-lead', ['reply']);
    }
    if (assignment.reportedAt) throw new IllegalTransition('assignment', 'reported', 'report-to-lead', []);
    if (assignment.status !== 'signed') throw new IllegalTransition('assignment', assignment.status, 'report-to-lead', assignment.status === 'dispatched' ? ['sign'] : []);

    const now = this.clock.now();
    const onTime = assignment.reportDeadline === null || now.getTime() <= assignment.reportDeadline.getTime();
    assignment.reportedAt = now;
    assignment.reportText = payload.text;
    assignment.version += 1;
    await manager.save(assignment);
    await manager.update(Deadline, { tenantId: context.tenantId, assignmentId: id, kind: 'co-handler-report', state: 'pending' }, { state: 'met' });
    await this.outbox.append(manager, [
      newEvent<CoHandlerReported & { role: 'co-handler'; text: string }>(
        {
          type: EventTypes.CoHandlerReported,
          aggregateId: assignment.id,
          aggregateVersion: assignment.version,
          data: {
            assignmentId: assignment.id,
            leadAssignmentId: assignment.leadAssignmentId,
            requestId: assignment.requestId,
            unitCode: assignment.unitCode,
            attempt: assignment.attempt,
            role: 'co-handler',
            reportedAt: now.toISOString(),
            onTime,
            text: payload.text,
          },
        },
        context,
        this.clock,
      ),
    ]);
    return assignmentView(assignment);
  }
}
