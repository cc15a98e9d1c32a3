import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { EventTypes, isUuid, NotFound, type ActorContext, type MergeRequestPayload, type RequestMerged } from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { CivicRequest } from '../requests/civic-request.entity';
import { lockedRequest } from '../requests/locked-request';
import { recordOwnEvents } from '../requests/record-own-event';
import { assertMayTriage } from '../triage/triage-rules';
import { mergedStatus } from './merge-rules';

/**
 * 并单: a duplicate not yet dispatched joins an open primary of the same district. Dispatch drops
 * it from its queue, feedback calls its resident back when the primary is answered (RequestMerged),
 * and its resident sees which order covers theirs.
 */
@Injectable()
export class MergeService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
  ) {}

  async merge(manager: EntityManager, context: ActorContext, payload: MergeRequestPayload, expectedVersion?: number) {
    assertMayTriage(context, 'merging requests');
    const duplicate = await lockedRequest(manager, context, payload.requestId, expectedVersion);
    const primary = isUuid(payload.primaryRequestId) ? await manager.findOneBy(CivicRequest, { id: payload.primaryRequestId, tenantId: context.tenantId }) : null;
    if (!primary) throw new NotFound('request', payload.primaryRequestId);
    const reason = typeof payload.reason === 'string' ? payload.reason.trim() : '';
    const status = mergedStatus(duplicate, primary, reason);
    Object.assign(duplicate, {
      status,
      mergedIntoRequestId: primary.id,
      mergedIntoOrderNo: primary.orderNo,
      mergeReason: reason,
      mergedAt: this.clock.now(),
      version: duplicate.version + 1,
    });
    await manager.save(duplicate);
    const event = newEvent<RequestMerged>(
      { type: EventTypes.RequestMerged, aggregateId: duplicate.id, aggregateVersion: duplicate.version, data: { requestId: duplicate.id, primaryRequestId: primary.id, reason } },
      context,
      this.clock,
    );
    await recordOwnEvents(manager, this.outbox, duplicate.id, [event]);
    return { id: duplicate.id, orderNo: duplicate.orderNo, status: duplicate.status, version: duplicate.version, mergedInto: { id: primary.id, orderNo: primary.orderNo } };
  }
}
