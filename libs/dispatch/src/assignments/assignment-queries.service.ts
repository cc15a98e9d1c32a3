import { Injectable } from '@nestjs/common';
import { In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { isUuid, type ActorContext, type ListAssignmentsPayload } from '@civicloop/contracts';
import { Assignment } from './assignment.entity';
import { assignmentView } from './assignment-view';
import { seesWholeDistrict } from '@civicloop/contracts';
import { assertVisible, canSee } from './assignment-visibility';

@Injectable()
export class AssignmentQueriesService {
  async get(manager: EntityManager, context: ActorContext, id: string) {
    const assignment = isUuid(id) ? await manager.findOneBy(Assignment, { id, tenantId: context.tenantId }) : null;
    assertVisible(context, assignment, id);
    return assignmentView(assignment);
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
    const rows = await manager.find(Assignment, { where, order: { dispatchedAt: 'DESC' }, take: 500 });
    return rows.filter((row) => canSee(context, row)).map(assignmentView);
  }
}
