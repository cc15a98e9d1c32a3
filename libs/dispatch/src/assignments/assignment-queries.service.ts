import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { isUuid, seesWholeDistrict, type ActorContext, type ListAssignmentsPayload } from '@civicloop/contracts';
import { coHandlerStanding, type CoHandlerStanding } from '../co-handlers/co-handler-standing';
import { Assignment } from './assignment.entity';
import { assignmentView } from './assignment-view';
import { assertVisible, canSee } from './assignment-visibility';

@Injectable()
export class AssignmentQueriesService {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async get(manager: EntityManager, context: ActorContext, id: string) {
    const assignment = isUuid(id) ? await manager.findOneBy(Assignment, { id, tenantId: context.tenantId }) : null;
    assertVisible(context, assignment, id);
    const coHandlers = await this.coHandlersOf(manager, context.tenantId, [assignment]);
    return this.view(assignment, coHandlers);
  }

  /** A unit's inbox, or a request's assignments; unit staff get only their units' orders whatever they ask for. */
  async list(manager: EntityManager, context: ActorContext, filter: ListAssignmentsPayload) {
    const where: FindOptionsWhere<Assignment> = { tenantId: context.tenantId };
    if (filter.requestId) {
      if (!isUuid(filter.requestId)) return [];
      where.requestId = filter.requestId;
    }
    if (filter.unitCode) where.unitCode = filter.unitCode;
    else if (!seesWholeDistrict(context)) {
      where.unitCode = In(context.unitCodes);
    }
    const rows = (await manager.find(Assignment, { where, order: { dispatchedAt: 'DESC' }, take: 500 })).filter((row) => canSee(context, row));
    const coHandlers = await this.coHandlersOf(manager, context.tenantId, rows);
    return rows.map((row) => this.view(row, coHandlers));
  }

  private view(assignment: Assignment, coHandlers: Map<string, CoHandlerStanding[]>) {
    return assignmentView(assignment, assignment.role === 'lead' ? (coHandlers.get(assignment.id) ?? []) : undefined);
  }

  /** The co-handlers of the given leads, grouped by lead: the lead unit sees who is late. */
  private async coHandlersOf(manager: EntityManager, tenantId: string, assignments: Assignment[]): Promise<Map<string, CoHandlerStanding[]>> {
    const leadIds = assignments.filter((assignment) => assignment.role === 'lead').map((assignment) => assignment.id);
    const byLead = new Map<string, CoHandlerStanding[]>();
    if (leadIds.length === 0) return byLead;
    const now = this.clock.now();
    const rows = await manager.find(Assignment, { where: { tenantId, leadAssignmentId: In(leadIds) }, order: { unitCode: 'ASC' } });
    for (const row of rows) {
      const leadId = row.leadAssignmentId;
      if (leadId) byLead.set(leadId, [...(byLead.get(leadId) ?? []), coHandlerStanding(row, now)]);
    }
    return byLead;
  }
}
