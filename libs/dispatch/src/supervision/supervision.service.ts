import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import {
  EventTypes,
  Forbidden,
  hasAnyRole,
  IllegalTransition,
  isUuid,
  NotFound,
  seesWholeDistrict,
  type ActorContext,
  type IssueSupervisionNoticePayload,
  type SupervisionNoticeIssued,
} from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { Assignment } from '../assignments/assignment.entity';
import { Deadline } from '../deadlines/deadline.entity';
import { readNoticeInput } from './notice-input';
import { SupervisionItem } from './supervision-item.entity';
import { SupervisionNotice } from './supervision-notice.entity';
import { supervisionItemView, supervisionNoticeView } from './supervision-view';

function assertSupervisor(context: ActorContext): void {
  if (!hasAnyRole(context, ['supervisor'])) throw new Forbidden('the supervisors’ queue (督办) needs the supervisor role');
}

/** 督办: the supervisors' queue of overdue orders, and their notices to units with a new deadline. */
@Injectable()
export class SupervisionService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Overdue orders of the district not yet handled, newest escalation first, with how late they are. */
  async queue(manager: EntityManager, context: ActorContext) {
    assertSupervisor(context);
    const items = await manager.find(SupervisionItem, {
      where: { tenantId: context.tenantId, state: 'open' },
      order: { escalatedAt: 'DESC', dueAt: 'DESC', id: 'ASC' },
      take: 500,
    });
    const now = this.clock.now();
    return items.map((item) => supervisionItemView(item, now));
  }

  /** Notices in the caller's view: unit staff see those to their units; district-wide roles all, or one unit's. */
  async notices(manager: EntityManager, context: ActorContext, filter: { unitCode?: string; assignmentId?: string }) {
    const where: Record<string, unknown> = { tenantId: context.tenantId };
    if (filter.assignmentId) {
      if (!isUuid(filter.assignmentId)) return [];
      where.assignmentId = filter.assignmentId;
    }
    if (!seesWholeDistrict(context)) where.unitCode = In(filter.unitCode ? context.unitCodes.filter((code) => code === filter.unitCode) : context.unitCodes);
    else if (filter.unitCode) where.unitCode = filter.unitCode;
    const notices = await manager.find(SupervisionNotice, { where, order: { issuedAt: 'DESC', id: 'ASC' }, take: 500 });
    return notices.map(supervisionNoticeView);
  }

  /** Sends the unit a notice with a new deadline (a 'supervision' timer: missing it escalates again); the order's items are handled. */
  async issueNotice(manager: EntityManager, context: ActorContext, payload: IssueSupervisionNoticePayload) {
    assertSupervisor(context);
    const now = this.clock.now();
    const assignmentId = String(payload?.assignmentId ?? '');
    const assignment = isUuid(assignmentId)
      ? await manager.findOne(Assignment, { where: { tenantId: context.tenantId, id: assignmentId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!assignment) throw new NotFound('assignment', assignmentId);
    const input = readNoticeInput(payload, now);
    const open = await manager.find(SupervisionItem, { where: { tenantId: context.tenantId, assignmentId, state: 'open' } });
    if (open.length === 0) throw new IllegalTransition('order', 'not on the supervisors’ queue (nothing overdue is open)', 'issue-supervision-notice', []);
    if (assignment.status === 'withdrawn') throw new IllegalTransition('assignment', assignment.status, 'issue-supervision-notice', []);
    const deadline = { id: randomUUID(), tenantId: context.tenantId, assignmentId, kind: 'supervision' as const, dueAt: input.dueAt, state: 'pending' as const, startsAt: now };
    await manager.insert(Deadline, deadline);
    const notice = manager.create(SupervisionNotice, {
      id: randomUUID(),
      tenantId: context.tenantId,
      deadlineId: deadline.id,
      assignmentId,
      requestId: assignment.requestId,
      unitCode: assignment.unitCode,
      attempt: assignment.attempt,
      supervisedKinds: [...new Set(open.map((item) => item.kind))],
      note: input.note,
      dueAt: input.dueAt,
      issuedAt: now,
      issuedBy: context.userId,
    });
    await manager.insert(SupervisionNotice, notice);
    await manager.update(SupervisionItem, { tenantId: context.tenantId, id: In(open.map((item) => item.id)) }, { state: 'handled', handledAt: now, handledBy: context.userId });
    await this.outbox.append(manager, [
      newEvent<SupervisionNoticeIssued>(
        {
          type: EventTypes.SupervisionNoticeIssued,
          aggregateId: assignmentId,
          aggregateVersion: 0,
          data: {
            noticeId: notice.id,
            assignmentId,
            requestId: notice.requestId,
            unitCode: notice.unitCode,
            attempt: notice.attempt,
            note: notice.note,
            dueAt: notice.dueAt.toISOString(),
          },
        },
        context,
        this.clock,
      ),
    ]);
    return supervisionNoticeView(notice);
  }
}
