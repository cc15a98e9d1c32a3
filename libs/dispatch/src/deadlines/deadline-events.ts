import type { Clock } from '@civicloop/clock';
import { EventTypes, type DeadlineMissed, type DeadlineReminder, type EventEnvelope, type SignForOverdue, type TimedStep } from '@civicloop/contracts';
import { newEvent } from '@civicloop/messaging';
import { systemContext } from '@civicloop/persistence';

/** A timer row joined with the assignment it watches. */
export interface TimerRow {
  id: string;
  tenantId: string;
  assignmentId: string;
  kind: TimedStep;
  dueAt: Date;
  startsAt: Date;
  remindedAt: Date | null;
  requestId: string;
  unitCode: string;
  attempt: number;
  /** Settled as met when the timer finds its step done (see timerStep). */
  done?: boolean;
}

function timerEvent<T>(type: string, row: TimerRow, data: T, clock: Clock): EventEnvelope<T> {
  return newEvent<T>({ type, aggregateId: row.assignmentId, aggregateVersion: 0, data }, systemContext(row.tenantId), clock);
}

const watched = (row: TimerRow) => ({
  assignmentId: row.assignmentId,
  requestId: row.requestId,
  unitCode: row.unitCode,
  attempt: row.attempt,
  kind: row.kind,
  dueAt: row.dueAt.toISOString(),
});

export function reminderEvent(row: TimerRow, clock: Clock): EventEnvelope {
  return timerEvent<DeadlineReminder>(EventTypes.DeadlineReminder, row, watched(row), clock);
}

/**
 * A missed deadline: DeadlineMissed for every kind; a missed sign-for is also announced as
 * SignForOverdue, which older consumers (and the portal's history labels) know.
 */
export function missedEvents(row: TimerRow, clock: Clock): EventEnvelope[] {
  const events: EventEnvelope[] = [timerEvent<DeadlineMissed>(EventTypes.DeadlineMissed, row, watched(row), clock)];
  if (row.kind === 'sign-for') {
    events.push(
      timerEvent<SignForOverdue>(
        EventTypes.SignForOverdue,
        row,
        { assignmentId: row.assignmentId, requestId: row.requestId, unitCode: row.unitCode, signForDeadline: row.dueAt.toISOString() },
        clock,
      ),
    );
  }
  return events;
}
