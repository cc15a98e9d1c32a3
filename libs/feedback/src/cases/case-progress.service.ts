import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventTypes, type AssignmentCreated, type EventEnvelope } from '@civicloop/contracts';
import { EventInbox } from '@civicloop/messaging';
import { writeBack } from '@civicloop/persistence';
import { CaseAssignment } from './case-assignment.entity';
import { changeFor, type CaseEventKind } from './case-events';
import { assignmentsSeen, casesFollowed } from './cases-read-ahead';
import { FeedbackCase } from './feedback-case.entity';

/** Raised when an event arrives before the one it follows: the transport retries it later. */
export class EventArrivedEarly extends Error {}

/** The fields every assignment event carries (plus dispatchedAt, role and lead on assignment.created). */
type AssignmentEventData = Pick<AssignmentCreated, 'assignmentId' | 'requestId' | 'unitCode' | 'attempt'> &
  Partial<Pick<AssignmentCreated, 'dispatchedAt' | 'role' | 'leadAssignmentId'>>;

const KIND_OF: Record<string, CaseEventKind> = {
  [EventTypes.AssignmentCreated]: 'created',
  [EventTypes.AssignmentSigned]: 'signed',
  [EventTypes.ObjectionUpheld]: 'objection-upheld',
};
export const CASE_EVENT_TYPES = Object.keys(KIND_OF);

/** Follows dispatch's events to know which unit holds each request, and whether it may reply yet. */
@Injectable()
export class CaseProgressService {
  constructor(private readonly inbox: EventInbox) {}

  apply(event: EventEnvelope<AssignmentEventData>): Promise<boolean> {
    return this.inbox.handleOnce(event, (manager) => this.follow(manager, event));
  }

  private async follow(manager: EntityManager, event: EventEnvelope<AssignmentEventData>): Promise<void> {
    const kind = KIND_OF[event.type];
    if (!kind) throw new Error(`feedback does not follow ${event.type}`);
    const { tenantId } = event;
    const { requestId, assignmentId, unitCode, attempt } = event.data;
    const current = (await casesFollowed.rowFor(manager, event)) ?? null;
    const seen = (await assignmentsSeen.rowFor(manager, event)) ?? null;
    // Older events carry no role: the lead. Later events of an assignment carry none: its recorded role counts.
    const role = kind === 'created' ? (event.data.role ?? 'lead') : seen?.role;
    const change = changeFor(current, kind, { assignmentId, unitCode, attempt, role }, seen !== null);
    if (change.outcome === 'early') throw new EventArrivedEarly(`${event.type} ${event.eventId}: ${change.reason}`);
    if (kind === 'created' && !seen) {
      // Kept even when it does not move the case (a co-handler's, a superseded attempt's): history, and who may reply.
      const dispatchedAt = new Date(event.data.dispatchedAt ?? event.occurredAt);
      const created = manager.create(CaseAssignment, { tenantId, assignmentId, requestId, unitCode, attempt, dispatchedAt, role, leadAssignmentId: event.data.leadAssignmentId ?? null });
      await manager.insert(CaseAssignment, created);
      assignmentsSeen.remember(event, created);
    }
    if (change.outcome === 'ignore') return;
    const updatedAt = new Date(event.occurredAt);
    if (!current) {
      const opened = manager.create(FeedbackCase, { tenantId, requestId, ...change.next, version: 1, updatedAt });
      await manager.insert(FeedbackCase, opened);
      casesFollowed.remember(event, opened);
      return;
    }
    await writeBack(manager, Object.assign(current, change.next, { version: current.version + 1, updatedAt }));
  }
}
