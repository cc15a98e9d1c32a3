import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { isUuid, NotFound, seesWholeDistrict, type ActorContext, type ListAssignmentsPayload } from '@civicloop/contracts';
import { DispatchRequest } from '../queue/dispatch-request.entity';
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
      if (!isUuid(filter.requestId)) throw new NotFound('request', filter.requestId);
      where.requestId = filter.requestId;
    }
    if (filter.unitCode) where.unitCode = filter.unitCode;
    else if (!seesWholeDistrict(context)) {
      where.unitCode = In(context.unitCodes);
    }
    const rows = (await manager.find(Assignment, { where, order: { dispatchedAt: 'DESC' }, take: 500 })).filter((row) => canSee(context, row));
    if (filter.requestId) await this.assertSeesRequest(manager, context, filter.requestId, rows);
    const coHandlers = await this.coHandlersOf(manager, context.tenantId, rows);
    return rows.map((row) => this.view(row, coHandlers));
  }

  /**
   * A request's orders, like the request itself, are 404 to whoever cannot see it (another district,
   * a unit it never went to, a resident): an empty list would still tell that the id exists.
   */
  private async assertSeesRequest(manager: EntityManager, context: ActorContext, requestId: string, visible: Assignment[]): Promise<void> {
    if (visible.length > 0) return;
    const known = seesWholeDistrict(context) && (await manager.existsBy(DispatchRequest, { tenantId: context.tenantId, requestId }));
    if (!known) throw new NotFound('request', requestId);
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
