import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventTypes } from '@civicloop/contracts';
import { nextStatus } from '@civicloop/request-lifecycle';
import { EventInbox } from '@civicloop/messaging';
import { progressActionOf } from './progress-action';
import { progressOutcome } from './progress-outcome';
import { recordProgress, requestsInProgress, type ProgressEvent } from './progress-rows';

/** Raised when an event arrives before the one it follows: the transport retries it later. */
export class EventArrivedEarly extends Error {}

/**
 * Follows a request through the other services' events: its status for the people who ask, and
 * its history (every event: who, when, what, why) for the record.
 */
@Injectable()
export class RequestProgressService {
  constructor(private readonly inbox: EventInbox) {}

  apply(event: ProgressEvent): Promise<boolean> {
    return this.inbox.handleOnce(event, (manager) => this.record(manager, event));
  }

  private async record(manager: EntityManager, event: ProgressEvent): Promise<void> {
    const request = await requestsInProgress.rowFor(manager, event);
    if (!request) throw new EventArrivedEarly(`request ${event.data.requestId} is not registered yet`);
    const action = progressActionOf(event);
    // An event of an attempt that was already superseded is history only.
    const stale = event.data.attempt !== undefined && event.data.attempt < request.attempt;
    const outcome = progressOutcome(request.status, action, stale);
    if (outcome === 'too-early') throw new EventArrivedEarly(`${event.type} cannot follow status ${request.status} yet`);
    let changed = false;
    if (outcome === 'apply' && action) {
      request.status = nextStatus(request.status, action);
      if (event.data.attempt !== undefined) request.attempt = event.data.attempt;
      if (event.data.unitCode && (action === 'dispatch' || action === 'redispatch')) request.currentUnitCode = event.data.unitCode;
      changed = true;
    }
    // Every unit given an order on the request sees it from then on, co-handlers too (PRODUCT.md, "Who sees what").
    const unitCode = event.type === EventTypes.AssignmentCreated ? event.data.unitCode : undefined;
    if (unitCode && !request.assignedUnitCodes.includes(unitCode)) {
      request.assignedUnitCodes = [...request.assignedUnitCodes, unitCode];
      changed = true;
    }
    if (changed) request.version += 1;
    await recordProgress(manager, event, request, changed);
  }
}
