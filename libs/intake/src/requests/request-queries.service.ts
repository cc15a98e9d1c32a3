import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUuid, NotFound, type ActorContext } from '@civicloop/contracts';
import { PersonalDataRead } from '../residents/personal-data-read.entity';
import { Resident } from '../residents/resident.entity';
import { CivicRequest } from './civic-request.entity';
import { RequestHistoryEntry } from './request-history-entry.entity';
import { inHistoryOrder } from './history-order';
import { historyView, requestView } from './request-views';
import { canSeeRequest } from './request-visibility';

@Injectable()
export class RequestQueriesService {
  async get(manager: EntityManager, context: ActorContext, id: string) {
    const request = await this.find(manager, context, id);
    const resident = await manager.findOneByOrFail(Resident, { id: request.residentId, tenantId: context.tenantId });
    const view = requestView(request, resident, context);
    if (!view.resident.masked) {
      // Every read of a resident's unmasked identity is audited, in the transaction of the read.
      await manager.insert(PersonalDataRead, {
        tenantId: context.tenantId,
        residentId: resident.id,
        requestId: request.id,
        readerId: context.userId,
        readerRoles: context.roles,
        purpose: 'request view',
      });
    }
    return view;
  }

  async history(manager: EntityManager, context: ActorContext, id: string) {
    await this.find(manager, context, id);
    const entries = await manager.find(RequestHistoryEntry, {
      where: { tenantId: context.tenantId, requestId: id },
      order: { occurredAt: 'ASC', eventId: 'ASC' },
    });
    return inHistoryOrder(entries).map(historyView);
  }

  /** Another district's id, one outside the user's view, or no such id: the same 404, so existence never leaks. */
  private async find(manager: EntityManager, context: ActorContext, id: string): Promise<CivicRequest> {
    const request = isUuid(id) ? await manager.findOneBy(CivicRequest, { id, tenantId: context.tenantId }) : null;
    if (!request || !canSeeRequest(context, request)) throw new NotFound('request', id);
    return request;
  }
}
