import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import type { ActorContext, EventEnvelope } from '@civicloop/contracts';
import { callbackDueEvent } from '../callbacks/callback-due';
import { FeedbackCase } from '../cases/feedback-case.entity';
import { mergedCallbackStep } from './merged-callback';
import { MergedRequest } from './merged-request.entity';

/** Makes merged duplicates due a callback with their primary, each under its own request id. */
@Injectable()
export class MergedCallbacksService {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /** For every duplicate merged into `primary` (replied or expired now); returns the CallbackDue events to announce. */
  async dueWith(manager: EntityManager, primary: FeedbackCase, context: ActorContext): Promise<EventEnvelope[]> {
    const links = await manager.findBy(MergedRequest, { tenantId: primary.tenantId, primaryRequestId: primary.requestId });
    const events: EventEnvelope[] = [];
    for (const link of links) {
      const event = await this.dueOne(manager, primary, link.requestId, context);
      if (event) events.push(event);
    }
    return events;
  }

  async dueOne(manager: EntityManager, primary: FeedbackCase, requestId: string, context: ActorContext): Promise<EventEnvelope | null> {
    const { tenantId } = primary;
    const merged = await manager.findOne(FeedbackCase, { where: { tenantId, requestId }, lock: { mode: 'pessimistic_write' } });
    const step = mergedCallbackStep(merged, primary.requestId);
    const now = this.clock.now();
    if (step === 'follow-primary' && merged) {
      await manager.save(Object.assign(merged, { assignmentId: primary.assignmentId, unitCode: primary.unitCode, version: merged.version + 1, updatedAt: now }));
      return null;
    }
    if (step !== 'open') return null;
    // The duplicate never went round on its own: its first attempt is answered by the primary's unit.
    const created = manager.create(FeedbackCase, {
      tenantId,
      requestId,
      assignmentId: primary.assignmentId,
      unitCode: primary.unitCode,
      attempt: 1,
      status: 'replied',
      version: 1,
      updatedAt: now,
      callbackDueSince: now,
      callbackBecause: 'primary-replied',
      primaryRequestId: primary.requestId,
    });
    await manager.insert(FeedbackCase, created);
    return callbackDueEvent(created, context, this.clock);
  }
}
