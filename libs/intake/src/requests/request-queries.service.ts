import { Injectable } from '@nestjs/common';
import { Brackets, In, type EntityManager } from 'typeorm';
import { Forbidden, isUnitStaff, isUuid, NotFound, seesWholeDistrict, type ActorContext, MAX_REQUEST_LIST_LIMIT, type ListRequestsPayload } from '@civicloop/contracts';
import { PersonalDataRead } from '../residents/personal-data-read.entity';
import { Resident } from '../residents/resident.entity';
import { CivicRequest } from './civic-request.entity';
import { RequestHistoryEntry } from './request-history-entry.entity';
import { inHistoryOrder } from './history-order';
import { attachmentSummaries } from '../attachments/attachment-summaries';
import { readsAsResident, residentStep } from './resident-history';
import { historyView, mergedRequestView, requestView, seesUnmaskedResidents } from './request-views';
import { canSeeRequest } from './request-visibility';

@Injectable()
export class RequestQueriesService {
  async get(manager: EntityManager, context: ActorContext, id: string) {
    const request = await this.find(manager, context, id);
    const resident = await manager.findOneByOrFail(Resident, { id: request.residentId, tenantId: context.tenantId });
    const merged = await manager.find(CivicRequest, { where: { tenantId: context.tenantId, mergedIntoRequestId: request.id }, order: { mergedAt: 'ASC' } });
    const attachments = (await attachmentSummaries(manager, context.tenantId, [request.id])).get(request.id) ?? [];
    const view = { ...requestView(request, resident, context), mergedRequests: merged.map(mergedRequestView), attachments };
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

  /**
   * The requests in the caller's view, newest first: the same rule as canSeeRequest, applied in SQL.
   * Unmasked identities are audited once per resident listed; masked lists write no audit rows.
   */
  async list(manager: EntityManager, context: ActorContext, filter: ListRequestsPayload) {
    if (filter.phone !== undefined && !seesUnmaskedResidents(context)) {
      throw new Forbidden('looking requests up by phone needs one of the roles: agent, dispatcher');
    }
    const query = manager
      .createQueryBuilder(CivicRequest, 'request')
      .where('request.tenantId = :tenantId', { tenantId: context.tenantId })
      .orderBy('request.registeredAt', 'DESC')
      .addOrderBy('request.id', 'DESC')
      .limit(Math.min(Math.max(filter.limit, 1), MAX_REQUEST_LIST_LIMIT));
    if (!seesWholeDistrict(context)) {
      const ownUnits = isUnitStaff(context) && context.unitCodes.length > 0;
      const ownRequests = context.roles.includes('resident');
      if (!ownUnits && !ownRequests) return [];
      query.andWhere(
        new Brackets((visible) => {
          if (ownUnits) visible.orWhere('request.assignedUnitCodes && cast(:unitCodes as text[])', { unitCodes: context.unitCodes });
          if (ownRequests) visible.orWhere('request.residentUserId = :userId', { userId: context.userId });
        }),
      );
    }
    if (filter.status !== undefined) query.andWhere('request.status = :status', { status: filter.status });
    if (filter.phone !== undefined) {
      query.innerJoin(Resident, 'caller', 'caller.id = request.residentId and caller.tenantId = request.tenantId').andWhere('caller.phone = :phone', { phone: filter.phone });
    }
    const requests = await query.getMany();
    if (requests.length === 0) return [];
    const residents = await manager.findBy(Resident, { tenantId: context.tenantId, id: In([...new Set(requests.map((r) => r.residentId))]) });
    const byId = new Map(residents.map((resident) => [resident.id, resident]));
    const attachments = await attachmentSummaries(manager, context.tenantId, requests.map((request) => request.id));
    const views = requests.map((request) => ({ ...requestView(request, byId.get(request.residentId)!, context), attachments: attachments.get(request.id) ?? [] }));
    const audited = new Map<string, string>();
    for (const view of views) if (!view.resident.masked && view.resident.id && !audited.has(view.resident.id)) audited.set(view.resident.id, view.id);
    if (audited.size > 0) {
      await manager.insert(
        PersonalDataRead,
        [...audited].map(([residentId, requestId]) => ({ tenantId: context.tenantId, residentId, requestId, readerId: context.userId, readerRoles: context.roles, purpose: 'request list' })),
      );
    }
    return views;
  }

  async history(manager: EntityManager, context: ActorContext, id: string) {
    await this.find(manager, context, id);
    const entries = await manager.find(RequestHistoryEntry, {
      where: { tenantId: context.tenantId, requestId: id },
      order: { occurredAt: 'ASC', eventId: 'ASC' },
    });
    const steps = inHistoryOrder(entries).map(historyView);
    if (!readsAsResident(context)) return steps;
    return steps.map((step) => residentStep(step, context.userId)).filter((step) => step !== null);
  }

  /** Another district's id, one outside the user's view, or no such id: the same 404, so existence never leaks. */
  async find(manager: EntityManager, context: ActorContext, id: string): Promise<CivicRequest> {
    const request = isUuid(id) ? await manager.findOneBy(CivicRequest, { id, tenantId: context.tenantId }) : null;
    if (!request || !canSeeRequest(context, request)) throw new NotFound('request', id);
    return request;
  }
}
