import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { EventTypes, type ActorContext, type AssignmentCreated, type AssignmentRole, type DispatchReason, type EventEnvelope } from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { insertStatementOf, statementOf, type SqlStatement } from '@civicloop/persistence';
import { Deadline } from '../deadlines/deadline.entity';
import { DispatchClocksService, type DispatchClocks } from '../districts/dispatch-clocks.service';
import { DispatchRequest } from '../queue/dispatch-request.entity';
import { DistrictReferenceService } from '../reference/district-reference.service';
import { Assignment } from './assignment.entity';

/** Who else an assignment goes to, besides its lead unit. */
export interface AssignOptions {
  /** Co-handlers (吹哨报到): each gets its own order and reports to the lead. */
  coHandlerCodes?: readonly string[];
  /** A dispatcher's override: the unsigned lead assignment this one replaces. */
  replacesAssignmentId?: string;
}

interface NewAssignment {
  unitCode: string;
  role: AssignmentRole;
  lead: Assignment | null;
  supervisingUnitCode: string | null;
}

/**
 * Makes assignments: the lead's (首接负责) and one per co-handler, each with its deadlines on the
 * district's calendar, its timer rows and its event. A street's lead order copies the district's
 * supervising unit. Returns the lead assignment.
 */
@Injectable()
export class AssignmentFactory {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly clocks: DispatchClocksService,
    private readonly reference: DistrictReferenceService,
    private readonly outbox: OutboxWriter,
  ) {}

  async assign(
    manager: EntityManager,
    context: ActorContext,
    request: DispatchRequest,
    unitCode: string,
    reason: DispatchReason,
    options: AssignOptions = {},
  ): Promise<Assignment> {
    const clocks = await this.clocks.forRequest(manager, request, this.clock.now());
    const supervisingUnitCode = await this.reference.supervisingUnitFor(manager, request.tenantId, unitCode);
    const lead = this.create(manager, context, request, clocks, reason, options, { unitCode, role: 'lead', lead: null, supervisingUnitCode });
    const coHandlers = (options.coHandlerCodes ?? []).map((coHandlerCode) =>
      this.create(manager, context, request, clocks, reason, {}, { unitCode: coHandlerCode, role: 'co-handler', lead: lead.assignment, supervisingUnitCode }),
    );
    const dispatched = statementOf(
      manager.createQueryBuilder().update(DispatchRequest).set({ status: 'dispatched', queuedAt: null }).where({ tenantId: request.tenantId, requestId: request.requestId }),
    );
    // Every assignment, its timers, the request's new status and the events: one statement (docs/adr/0023).
    const made = [lead, ...coHandlers];
    await this.outbox.append(
      manager,
      made.map(({ event }) => event),
      ...made.flatMap(({ writes }) => writes),
      dispatched,
    );
    return lead.assignment;
  }

  /** One assignment with its timer rows and its event, not yet written. */
  private create(
    manager: EntityManager,
    context: ActorContext,
    request: DispatchRequest,
    clocks: DispatchClocks,
    reason: DispatchReason,
    options: AssignOptions,
    target: NewAssignment,
  ): { assignment: Assignment; writes: SqlStatement[]; event: EventEnvelope<AssignmentCreated> } {
    const { dispatchedAt, signForDeadline, feedbackDeadline } = clocks;
    const reportDeadline = target.role === 'co-handler' ? clocks.coHandlerReportDeadline : null;
    const assignment = manager.create(Assignment, {
      id: randomUUID(),
      tenantId: request.tenantId,
      requestId: request.requestId,
      unitCode: target.unitCode,
      attempt: request.attempt,
      status: 'dispatched',
      dispatchedAt,
      signForDeadline,
      feedbackDeadline,
      signedAt: null,
      objectionReason: null,
      reason,
      version: 1,
      role: target.role,
      leadAssignmentId: target.lead?.id ?? null,
      reportDeadline,
      reportedAt: null,
      reportText: null,
      supervisingUnitCode: target.supervisingUnitCode,
    });
    const timer = (kind: Deadline['kind'], dueAt: Date) =>
      manager.create(Deadline, { id: randomUUID(), tenantId: request.tenantId, assignmentId: assignment.id, kind, dueAt, state: 'pending' as const });
    // The lead replies for all, so only the lead has a feedback clock; a co-handler's is its report.
    const timers = [timer('sign-for', signForDeadline), reportDeadline ? timer('co-handler-report', reportDeadline) : timer('feedback', feedbackDeadline)];
    const writes = [insertStatementOf(manager, Assignment, assignment), insertStatementOf(manager, Deadline, timers)];
    const event = newEvent<AssignmentCreated>(
      {
        type: EventTypes.AssignmentCreated,
        aggregateId: assignment.id,
        aggregateVersion: 1,
        data: {
          assignmentId: assignment.id,
          requestId: request.requestId,
          unitCode: target.unitCode,
          attempt: request.attempt,
          dispatchedAt: dispatchedAt.toISOString(),
          signForDeadline: signForDeadline.toISOString(),
          feedbackDeadline: feedbackDeadline.toISOString(),
          reason,
          role: target.role,
          leadAssignmentId: assignment.leadAssignmentId,
          reportDeadline: reportDeadline?.toISOString() ?? null,
          supervisingUnitCode: target.supervisingUnitCode,
          ...(options.replacesAssignmentId ? { replacesAssignmentId: options.replacesAssignmentId } : {}),
        },
      },
      context,
      this.clock,
    );
    return { assignment, writes, event };
  }
}
