import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope, RequestMerged } from '@civicloop/contracts';
import { EventInbox, OutboxWriter } from '@civicloop/messaging';
import { systemContext } from '@civicloop/persistence';
import { casesFollowed } from '../cases/cases-read-ahead';
import { FeedbackCase } from '../cases/feedback-case.entity';
import { primaryCoversDuplicates } from './merged-callback';
import { MergedCallbacksService } from './merged-callbacks.service';
import { MergedRequest } from './merged-request.entity';

/** Keeps the link of a merged duplicate (并单) to its primary; a primary already answered covers it at once. */
@Injectable()
export class MergeLinkService {
  constructor(
    private readonly inbox: EventInbox,
    private readonly outbox: OutboxWriter,
    private readonly merged: MergedCallbacksService,
  ) {}

  onMerged(event: EventEnvelope<RequestMerged>): Promise<boolean> {
    return this.inbox.handleOnce(event, (manager) => this.link(manager, event));
  }

  private async link(manager: EntityManager, event: EventEnvelope<RequestMerged>): Promise<void> {
    const { tenantId } = event;
    const { requestId, primaryRequestId } = event.data;
    await manager
      .createQueryBuilder()
      .insert()
      .into(MergedRequest)
      .values({ tenantId, requestId, primaryRequestId, mergedAt: new Date(event.occurredAt) })
      .orIgnore()
      .execute();
    const primary = await manager.findOneBy(FeedbackCase, { tenantId, requestId: primaryRequestId });
    if (!primary || !primaryCoversDuplicates(primary.status) || !primary.assignmentId) return;
    const due = await this.merged.dueOne(manager, primary, requestId, systemContext(tenantId, event.traceparent));
    // The duplicate's case was written without the read-ahead: later events of the batch read cases afresh.
    casesFollowed.discard(event);
    if (due) await this.outbox.append(manager, [due]);
  }
}
