import { Injectable } from '@nestjs/common';
import { In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { Forbidden, hasAnyRole, isUnitStaff, ValidationFailed, type ActorContext, type ObjectionQueuePayload } from '@civicloop/contracts';
import { OBJECTION_STATES, type ObjectionReviewerRole, type ObjectionState } from './objection-rules';
import { objectionView } from './objection-view';
import { Objection } from './objection.entity';

/**
 * The objection queues: dispatchers see the objections they review, the supervisor the ones to
 * arbitrate, a unit manager those waiting for approval in their units; by default what waits now.
 */
@Injectable()
export class ObjectionQueriesService {
  async queue(manager: EntityManager, context: ActorContext, filter: ObjectionQueuePayload) {
    const state = parseState(filter.state);
    const reviewerRoles = (['dispatcher', 'supervisor'] as ObjectionReviewerRole[]).filter((role) => hasAnyRole(context, [role]));
    let where: FindOptionsWhere<Objection>;
    if (reviewerRoles.length > 0) {
      where = { tenantId: context.tenantId, reviewerRole: In(reviewerRoles), state: state ?? 'in-review' };
    } else if (isUnitStaff(context)) {
      const waiting = hasAnyRole(context, ['unit-manager']) ? 'awaiting-manager' : undefined;
      where = { tenantId: context.tenantId, unitCode: In(context.unitCodes), ...(state ?? waiting ? { state: state ?? waiting } : {}) };
    } else {
      throw new Forbidden('the objection queue is for dispatchers, the supervisor and unit managers');
    }
    const rows = await manager.find(Objection, { where, order: { reviewDueAt: { direction: 'ASC', nulls: 'LAST' }, raisedAt: 'ASC' }, take: 500 });
    return rows.map(objectionView);
  }
}

function parseState(state: string | undefined): ObjectionState | undefined {
  if (state === undefined || state === '') return undefined;
  if (!(OBJECTION_STATES as readonly string[]).includes(state)) {
    throw new ValidationFailed([{ field: 'state', reason: `must be one of: ${OBJECTION_STATES.join(', ')}` }]);
  }
  return state as ObjectionState;
}
