import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE, localMonth } from '@civicloop/clock';
import {
  EventTypes,
  type AssignmentCreated,
  type AssignmentSigned,
  type CallbackRecorded,
  type EventEnvelope,
  type ObjectionReviewed,
  type ReplyRecorded,
  type RequestRegistered,
} from '@civicloop/contracts';
import { EventInbox } from '@civicloop/messaging';

export const FACT_EVENT_TYPES = [
  EventTypes.RequestRegistered,
  EventTypes.AssignmentCreated,
  EventTypes.AssignmentSigned,
  EventTypes.ReplyRecorded,
  EventTypes.CallbackRecorded,
  EventTypes.ObjectionUpheld,
];

const FACTS = 'reporting.assignment_facts';
const OUTCOMES = 'reporting.request_outcomes';
const INVALID = 'reporting.invalid_callbacks';
const REQUESTS = 'reporting.request_facts';

/**
 * Keeps the facts the three rates are counted from. Every write is an upsert that commutes with
 * the others, so events may arrive in any order and the read models end up the same.
 */
@Injectable()
export class FactRecorderService {
  constructor(private readonly inbox: EventInbox) {}

  apply(event: EventEnvelope): Promise<boolean> {
    return this.inbox.handleOnce(event, (manager) => this.record(manager, event));
  }

  private async record(manager: EntityManager, event: EventEnvelope): Promise<void> {
    switch (event.type) {
      case EventTypes.RequestRegistered:
        return this.registered(manager, event.tenantId, event.data as RequestRegistered);
      case EventTypes.AssignmentCreated:
        return this.dispatched(manager, event.tenantId, event.data as AssignmentCreated);
      case EventTypes.AssignmentSigned: {
        const data = event.data as AssignmentSigned;
        return this.stamp(manager, event.tenantId, data.assignmentId, data.requestId, 'signed_at', data.signedAt);
      }
      case EventTypes.ReplyRecorded: {
        const data = event.data as ReplyRecorded;
        return this.stamp(manager, event.tenantId, data.assignmentId, data.requestId, 'replied_at', data.repliedAt);
      }
      case EventTypes.CallbackRecorded:
        return this.callback(manager, event.tenantId, event.data as CallbackRecorded);
      case EventTypes.ObjectionUpheld:
        return this.withdrawn(manager, event.tenantId, event.data as ObjectionReviewed, event.occurredAt);
      default:
        throw new Error(`reporting does not count ${event.type}`);
    }
  }

  /** Hotspots count every request raised, dispatched or answered at once. */
  private async registered(manager: EntityManager, tenantId: string, data: RequestRegistered): Promise<void> {
    await manager.query(
      `insert into ${REQUESTS} (tenant_id, request_id, month, registered_at, category_code, area_code, resident_id, channel, type)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (tenant_id, request_id) do nothing`,
      [tenantId, data.requestId, localMonth(new Date(data.registeredAt), DEFAULT_TIME_ZONE), data.registeredAt, data.categoryCode, data.areaCode, data.residentId, data.channel, data.type],
    );
  }

  private async dispatched(manager: EntityManager, tenantId: string, data: AssignmentCreated): Promise<void> {
    // The district's own time zone is not announced yet, so every district counts in the default one.
    const month = localMonth(new Date(data.dispatchedAt), DEFAULT_TIME_ZONE);
    await manager.query(
      `insert into ${FACTS} (tenant_id, assignment_id, request_id, unit_code, month, dispatched_at, sign_for_deadline, role, attempt)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       on conflict (tenant_id, assignment_id) do update set request_id = excluded.request_id, unit_code = excluded.unit_code,
         month = excluded.month, dispatched_at = excluded.dispatched_at, sign_for_deadline = excluded.sign_for_deadline,
         role = excluded.role, attempt = excluded.attempt`,
      [tenantId, data.assignmentId, data.requestId, data.unitCode, month, data.dispatchedAt, data.signForDeadline, data.role ?? 'lead', data.attempt],
    );
  }

  /** The first signing or reply counts: least() keeps the earlier instant and ignores a null. */
  private async stamp(manager: EntityManager, tenantId: string, assignmentId: string, requestId: string, column: 'signed_at' | 'replied_at', at: string) {
    await manager.query(
      `insert into ${FACTS} (tenant_id, assignment_id, request_id, ${column}) values ($1, $2, $3, $4)
       on conflict (tenant_id, assignment_id) do update set ${column} = least(${FACTS}.${column}, excluded.${column})`,
      [tenantId, assignmentId, requestId, at],
    );
  }

  /** 派单异议成立: the objecting unit is not charged for the assignment the objection withdrew. */
  private async withdrawn(manager: EntityManager, tenantId: string, data: ObjectionReviewed, occurredAt: string): Promise<void> {
    await manager.query(
      `insert into ${FACTS} (tenant_id, assignment_id, request_id, objection_upheld_at, objection_upheld_note) values ($1, $2, $3, $4, $5)
       on conflict (tenant_id, assignment_id) do update set objection_upheld_at = excluded.objection_upheld_at,
         objection_upheld_note = excluded.objection_upheld_note`,
      [tenantId, data.assignmentId, data.requestId, occurredAt, data.note],
    );
  }

  /**
   * Only valid callbacks count; a later one replaces an earlier one whichever arrives first. The
   * final call of a callback that never reached the resident is kept apart, to be listed as excluded.
   */
  private async callback(manager: EntityManager, tenantId: string, data: CallbackRecorded): Promise<void> {
    if (!data.valid || data.solved === null || data.satisfaction === null) {
      // Older events carry neither `final` nor `callNo`: their one invalid call was the final one.
      const final = data.final ?? (data.callNo === undefined || data.callNo >= 3);
      if (!data.valid && final) await this.invalid(manager, tenantId, data);
      return;
    }
    await manager.query(
      `insert into ${OUTCOMES} (tenant_id, request_id, callback_id, unit_code, attempt, month, solved, satisfaction, callback_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       on conflict (tenant_id, request_id) do update set callback_id = excluded.callback_id, unit_code = excluded.unit_code,
         attempt = excluded.attempt, month = excluded.month, solved = excluded.solved, satisfaction = excluded.satisfaction,
         callback_at = excluded.callback_at
       where (excluded.callback_at, excluded.callback_id) > (${OUTCOMES}.callback_at, ${OUTCOMES}.callback_id)`,
      [
        tenantId,
        data.requestId,
        data.callbackId,
        data.unitCode,
        data.attempt,
        localMonth(new Date(data.recordedAt), DEFAULT_TIME_ZONE),
        data.solved,
        data.satisfaction,
        data.recordedAt,
      ],
    );
  }

  private async invalid(manager: EntityManager, tenantId: string, data: CallbackRecorded): Promise<void> {
    await manager.query(
      `insert into ${INVALID} (tenant_id, callback_id, request_id, assignment_id, unit_code, attempt, month, recorded_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (tenant_id, callback_id) do nothing`,
      [tenantId, data.callbackId, data.requestId, data.assignmentId, data.unitCode, data.attempt, localMonth(new Date(data.recordedAt), DEFAULT_TIME_ZONE), data.recordedAt],
    );
  }
}
