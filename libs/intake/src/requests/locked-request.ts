import type { EntityManager } from 'typeorm';
import { isUuid, NotFound, StaleVersion, type ActorContext } from '@civicloop/contracts';
import { CivicRequest } from './civic-request.entity';
import { canSeeRequest } from './request-visibility';

/** A request to change, locked for the transaction; 404 outside the caller's view, 409 on a stale If-Match. */
export async function lockedRequest(manager: EntityManager, context: ActorContext, id: string, expectedVersion?: number): Promise<CivicRequest> {
  const request = isUuid(id) ? await manager.findOne(CivicRequest, { where: { id, tenantId: context.tenantId }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!request || !canSeeRequest(context, request)) throw new NotFound('request', id);
  if (expectedVersion !== undefined && expectedVersion !== request.version) throw new StaleVersion('request', expectedVersion, request.version);
  return request;
}
