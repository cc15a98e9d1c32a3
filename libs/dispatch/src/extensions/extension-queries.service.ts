import { Injectable } from '@nestjs/common';
import { In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { Forbidden, hasAnyRole, isUnitStaff, seesWholeDistrict, ValidationFailed, type ActorContext, type ExtensionQueuePayload } from '@civicloop/contracts';
import { EXTENSION_STATES, type ExtensionState } from './extension-rules';
import { extensionView } from './extension-view';
import { Extension } from './extension.entity';

/**
 * The extension queues: the district's people see what waits for a dispatcher, a unit manager
 * what waits for them, unit staff their units' extensions; `state` picks another state.
 */
@Injectable()
export class ExtensionQueriesService {
  async queue(manager: EntityManager, context: ActorContext, filter: ExtensionQueuePayload) {
    const state = parseState(filter.state);
    let where: FindOptionsWhere<Extension>;
    if (seesWholeDistrict(context)) {
      where = { tenantId: context.tenantId, state: state ?? 'awaiting-dispatcher' };
    } else if (isUnitStaff(context)) {
      const waiting = hasAnyRole(context, ['unit-manager']) ? 'awaiting-manager' : undefined;
      const wanted = state ?? waiting;
      where = { tenantId: context.tenantId, unitCode: In(context.unitCodes), ...(wanted ? { state: wanted } : {}) };
    } else {
      throw new Forbidden('the extension queue is for dispatchers and the units');
    }
    const rows = await manager.find(Extension, { where, order: { requestedAt: 'ASC' }, take: 500 });
    return rows.map(extensionView);
  }
}

function parseState(state: string | undefined): ExtensionState | undefined {
  if (state === undefined || state === '') return undefined;
  if (!(EXTENSION_STATES as readonly string[]).includes(state)) {
    throw new ValidationFailed([{ field: 'state', reason: `must be one of: ${EXTENSION_STATES.join(', ')}` }]);
  }
  return state as ExtensionState;
}
