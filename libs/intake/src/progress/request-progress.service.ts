import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { EventTypes, type EventEnvelope } from '@civicloop/contracts';
import { nextStatus } from '@civicloop/request-lifecycle';
import { BatchReadAhead, EventInbox } from '@civicloop/messaging';
import { CivicRequest } from '../requests/civic-request.entity';
import { historyValues, HISTORY_INSERT } from '../requests/record-own-event';
import { progressActionOf } from './progress-action';
import { progressOutcome } from './progress-outcome';

/** Raised when an event arrives before the one it follows: the transport retries it later. */
export class EventArrivedEarly extends Error {}

/**
 * Follows a request through the other services' events: its status for the people who ask, and
 * its history (every event: who, when, what, why) for the record.
 */
type ProgressEvent = EventEnvelope<{ requestId: string; attempt?: number; unitCode?: string }>;

/** The requests a batch of events is about, locked in one statement (in id order, as every batch locks them). */
const requestsInProgress = new BatchReadAhead<CivicRequest>(
  'intake.progress',
  (event) => (event as ProgressEvent).data?.requestId?.toLowerCase(),
  async (manager, tenantId, ids) => {
    const rows = await manager.find(CivicRequest, {
      where: { tenantId, id: In(ids) },
      // Only what progress reads and writes: the description and its bigrams are the bulk of a row.
      select: { id: true, tenantId: true, status: true, attempt: true, currentUnitCode: true, assignedUnitCodes: true, version: true },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    return new Map(rows.map((row) => [row.id, row]));
  },
);

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
    const history = historyValues(request.id, event);
    if (!changed) {
      await manager.query(HISTORY_INSERT, history);
      return;
    }
    // The new status and the history entry in one statement: one round trip per event (docs/adr/0023).
    request.version += 1;
    await manager.query(
      `with progressed as (
         update intake.requests set status = $9, attempt = $10, current_unit_code = $11, assigned_unit_codes = $12::text[], version = $13
          where tenant_id = $2 and id = $3::uuid)
       ${HISTORY_INSERT}`,
      [...history, request.status, request.attempt, request.currentUnitCode, request.assignedUnitCodes, request.version],
    );
  }
}
