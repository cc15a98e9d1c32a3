import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import type { DeadlineMissed, EventEnvelope } from '@civicloop/contracts';
import { EventInbox, OutboxWriter } from '@civicloop/messaging';
import { systemContext } from '@civicloop/persistence';
import { callbackDueEvent, markCallbackDue } from '../callbacks/callback-due';
import { MergedCallbacksService } from '../merges/merged-callbacks.service';
import { expiryFor } from './case-events';
import { EventArrivedEarly } from './case-progress.service';
import { assignmentsSeen, casesFollowed } from './cases-read-ahead';

/**
 * Art. 23: when the lead's feedback deadline passes without a reply, the case expires and the
 * resident is called back anyway (CallbackDue, because the deadline passed); merged duplicates too.
 */
@Injectable()
export class FeedbackExpiryService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly inbox: EventInbox,
    private readonly outbox: OutboxWriter,
    private readonly merged: MergedCallbacksService,
  ) {}

  onMissed(event: EventEnvelope<DeadlineMissed>): Promise<boolean> {
    return this.inbox.handleOnce(event, (manager) => this.expire(manager, event));
  }

  private async expire(manager: EntityManager, event: EventEnvelope<DeadlineMissed>): Promise<void> {
    if (event.data.kind !== 'feedback') return;
    const { tenantId } = event;
    const { assignmentId, unitCode, attempt } = event.data;
    const current = (await casesFollowed.rowFor(manager, event)) ?? null;
    const assignment = (await assignmentsSeen.rowFor(manager, event)) ?? null;
    const change = expiryFor(current, { assignmentId, unitCode, attempt, role: assignment?.role }, assignment !== null);
    if (change.outcome === 'early') throw new EventArrivedEarly(`${event.type} ${event.eventId}: ${change.reason}`);
    if (change.outcome === 'ignore' || !current) return;
    const now = this.clock.now();
    Object.assign(current, change.next, { version: current.version + 1, updatedAt: now });
    markCallbackDue(current, 'deadline-passed', now);
    await manager.save(current);
    const context = systemContext(tenantId, event.traceparent);
    const duplicatesDue = await this.merged.dueWith(manager, current, context);
    // Duplicates' cases were written without the read-ahead: later events of the batch read cases afresh.
    casesFollowed.discard(event);
    await this.outbox.append(manager, [callbackDueEvent(current, context, this.clock), ...duplicatesDue]);
  }
}
