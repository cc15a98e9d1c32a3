import { In } from 'typeorm';
import { EventTypes, type EventEnvelope } from '@civicloop/contracts';
import { BatchReadAhead } from '@civicloop/messaging';
import { CaseAssignment } from './case-assignment.entity';
import { FeedbackCase } from './feedback-case.entity';

/** The events whose handlers read and write a case and its assignment through the read-aheads below. */
const FOLLOWED: ReadonlySet<string> = new Set([EventTypes.AssignmentCreated, EventTypes.AssignmentSigned, EventTypes.ObjectionUpheld, EventTypes.DeadlineMissed]);

const field = (name: 'requestId' | 'assignmentId') => (event: EventEnvelope) =>
  FOLLOWED.has(event.type) ? (event.data as Record<string, string | undefined> | null)?.[name]?.toLowerCase() : undefined;

/** The cases a batch of dispatch's events is about, locked in one statement (in request order, as every batch locks them). */
export const casesFollowed = new BatchReadAhead<FeedbackCase>('feedback.cases', field('requestId'), async (manager, tenantId, requestIds) => {
  const rows = await manager.find(FeedbackCase, { where: { tenantId, requestId: In(requestIds) }, order: { requestId: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  return new Map(rows.map((row) => [row.requestId, row]));
});

/** The assignments those events name, as far as feedback has seen them created. */
export const assignmentsSeen = new BatchReadAhead<CaseAssignment>('feedback.case-assignments', field('assignmentId'), async (manager, tenantId, assignmentIds) => {
  const rows = await manager.findBy(CaseAssignment, { tenantId, assignmentId: In(assignmentIds) });
  return new Map(rows.map((row) => [row.assignmentId, row]));
});
