import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import {
  CivicError,
  EventTypes,
  Forbidden,
  hasAnyRole,
  IllegalTransition,
  isUuid,
  NotFound,
  seesWholeDistrict,
  StaleVersion,
  ValidationFailed,
  worksForAnyOf,
  type ActorContext,
  type DecideExtensionPayload,
  type RequestExtensionPayload,
} from '@civicloop/contracts';
import { WORKING_DAY_MINUTES } from '@civicloop/dispatch-rules';
import { allowedActions } from '@civicloop/request-lifecycle';
import { OutboxWriter } from '@civicloop/messaging';
import { lockAssignment, lockOwnLeadAssignment } from '../assignments/assignment-lock';
import type { Assignment } from '../assignments/assignment.entity';
import { DistrictRuleBook } from '../assignments/district-rule-book.service';
import { LimitExceeded, localDateTime } from '../assignments/limit-exceeded';
import { requiredText } from '../assignments/required-text';
import { Deadline } from '../deadlines/deadline.entity';
import { extensionEvent } from './extension-events';
import { checkExtension, firstExtensionState } from './extension-rules';
import { extensionView } from './extension-view';
import { Extension } from './extension.entity';

const OPEN_STATES = ['awaiting-manager', 'awaiting-dispatcher'] as const;

/**
 * 延期: the lead unit asks, after signing, for a later feedback deadline with a reason the resident
 * is shown; its manager (when the district requires it) and then a dispatcher approve or refuse.
 * All extensions of one assignment together stay within the district's cap.
 */
@Injectable()
export class ExtensionsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly ruleBook: DistrictRuleBook,
  ) {}

  async request(manager: EntityManager, context: ActorContext, payload: RequestExtensionPayload, expectedVersion?: number) {
    const reason = requiredText(payload.reason, 'reason', 'an extension needs its reason: the resident is shown it');
    const requestedDeadline = parseInstant(payload.requestedDeadline);
    const assignment = await lockOwnLeadAssignment(
      manager,
      context,
      payload.assignmentId,
      expectedVersion,
      'only the lead unit (首接负责) asks for an extension; a co-handler reports to the lead',
    );
    if (assignment.status !== 'signed') {
      throw new IllegalTransition('assignment', assignment.status, 'request-extension', assignment.status === 'withdrawn' ? [] : allowedActions(assignment.status));
    }
    const earlier = await manager.find(Extension, { where: { tenantId: context.tenantId, assignmentId: assignment.id }, order: { requestedAt: 'ASC' } });
    const open = earlier.find((extension) => (OPEN_STATES as readonly string[]).includes(extension.state));
    if (open) {
      throw new CivicError(409, 'conflict', `an extension of this order is already ${open.state} (${open.id}); it is decided before another is asked`, {
        state: open.state,
        extensionId: open.id,
      });
    }
    const book = await this.ruleBook.load(manager, context.tenantId);
    const originalDeadline = earlier[0]?.originalDeadline ?? assignment.feedbackDeadline;
    this.assertWithinLimits(book, assignment, originalDeadline, requestedDeadline);
    const now = this.clock.now();
    const extension = manager.create(Extension, {
      id: randomUUID(),
      tenantId: context.tenantId,
      assignmentId: assignment.id,
      requestId: assignment.requestId,
      attempt: assignment.attempt,
      unitCode: assignment.unitCode,
      reason,
      requestedDeadline,
      previousDeadline: assignment.feedbackDeadline,
      originalDeadline,
      state: firstExtensionState(book.rules.managerApprovesExtensions),
      requestedBy: context.userId,
      requestedAt: now,
      managerId: null,
      managerDecidedAt: null,
      decidedBy: null,
      decidedRole: null,
      decidedAt: null,
      note: null,
      version: 1,
    });
    await manager.insert(Extension, extension);
    await this.outbox.append(manager, [extensionEvent(EventTypes.ExtensionRequested, extension, context, this.clock)]);
    return extensionView(extension);
  }

  /** The manager's step first (when required), then the dispatcher's: approve grants and moves the deadline. */
  async decide(manager: EntityManager, context: ActorContext, payload: DecideExtensionPayload, expectedVersion?: number) {
    const extension = await this.lockExtension(manager, context, payload.extensionId, expectedVersion);
    const approve = payload.decision === 'approve';
    const note = approve ? (payload.note ?? '').trim() : requiredText(payload.note, 'note', 'refusing an extension needs the reason, for the unit');
    const now = this.clock.now();
    extension.version += 1;
    if (extension.state === 'awaiting-manager') {
      if (!hasAnyRole(context, ['unit-manager']) || !worksForAnyOf(context, [extension.unitCode])) {
        throw new Forbidden(`this extension waits for the manager of ${extension.unitCode} first`);
      }
      Object.assign(extension, { managerId: context.userId, managerDecidedAt: now });
      if (approve) {
        extension.state = 'awaiting-dispatcher';
        await manager.save(extension);
        await this.outbox.append(manager, [extensionEvent(EventTypes.ExtensionApprovedByManager, extension, context, this.clock, note ? { note } : {})]);
        return extensionView(extension);
      }
      return this.refuse(manager, context, extension, 'unit-manager', note, now);
    }
    if (extension.state !== 'awaiting-dispatcher') {
      throw new IllegalTransition('extension', extension.state, approve ? 'approve' : 'refuse', []);
    }
    if (!hasAnyRole(context, ['dispatcher'])) throw new Forbidden('granting or refusing an extension needs the dispatcher role');
    if (!approve) return this.refuse(manager, context, extension, 'dispatcher', note, now);
    return this.grant(manager, context, extension, note, now);
  }

  private async grant(manager: EntityManager, context: ActorContext, extension: Extension, note: string, now: Date) {
    const assignment = await lockAssignment(manager, context, extension.assignmentId);
    if (assignment.status !== 'signed') {
      throw new IllegalTransition('assignment', assignment.status, 'grant-extension', assignment.status === 'withdrawn' ? [] : allowedActions(assignment.status));
    }
    this.assertWithinLimits(await this.ruleBook.load(manager, context.tenantId), assignment, extension.originalDeadline, extension.requestedDeadline);
    assignment.feedbackDeadline = extension.requestedDeadline;
    assignment.version += 1;
    await manager.save(assignment);
    await manager.update(
      Deadline,
      { tenantId: context.tenantId, assignmentId: assignment.id, kind: 'feedback', state: 'pending' },
      // A new deadline gets its own reminder before it.
      { dueAt: extension.requestedDeadline, remindedAt: null },
    );
    Object.assign(extension, { state: 'granted', decidedBy: context.userId, decidedRole: 'dispatcher', decidedAt: now, note: note || null });
    await manager.save(extension);
    await this.outbox.append(manager, [
      extensionEvent(EventTypes.ExtensionGranted, extension, context, this.clock, { feedbackDeadline: extension.requestedDeadline.toISOString() }),
    ]);
    return extensionView(extension);
  }

  private async refuse(manager: EntityManager, context: ActorContext, extension: Extension, role: 'unit-manager' | 'dispatcher', note: string, now: Date) {
    Object.assign(extension, { state: 'refused', decidedBy: context.userId, decidedRole: role, decidedAt: now, note });
    await manager.save(extension);
    await this.outbox.append(manager, [extensionEvent(EventTypes.ExtensionRefused, extension, context, this.clock)]);
    return extensionView(extension);
  }

  private assertWithinLimits(book: Awaited<ReturnType<DistrictRuleBook['load']>>, assignment: Assignment, originalDeadline: Date, requestedDeadline: Date): void {
    const check = checkExtension({
      calendar: book.calendar,
      originalDeadline,
      currentDeadline: assignment.feedbackDeadline,
      requestedDeadline,
      capWorkingMinutes: book.rules.extensionCapWorkingMinutes,
    });
    if (check.ok) return;
    if (check.problem === 'not-later') {
      const current = assignment.feedbackDeadline;
      throw new ValidationFailed([
        { field: 'requestedDeadline', reason: `must be after the current feedback deadline ${current.toISOString()} = ${localDateTime(current, book.timeZone)}` },
      ]);
    }
    const days = book.rules.extensionCapWorkingMinutes / WORKING_DAY_MINUTES;
    throw new LimitExceeded(
      'extensionCapWorkingMinutes',
      `extensions of one order add at most ${days} working days in total (the cap, from the original feedback deadline ${originalDeadline.toISOString()}); the latest allowed feedback deadline is`,
      check.latestAllowed,
      book.timeZone,
      { capWorkingMinutes: book.rules.extensionCapWorkingMinutes, latestAllowed: check.latestAllowed.toISOString(), originalDeadline: originalDeadline.toISOString() },
    );
  }

  private async lockExtension(manager: EntityManager, context: ActorContext, id: string, expectedVersion?: number): Promise<Extension> {
    const extension = isUuid(id)
      ? await manager.findOne(Extension, { where: { id, tenantId: context.tenantId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!extension || !(seesWholeDistrict(context) || worksForAnyOf(context, [extension.unitCode]))) throw new NotFound('extension', id);
    if (expectedVersion !== undefined && expectedVersion !== extension.version) throw new StaleVersion('extension', expectedVersion, extension.version);
    return extension;
  }
}

function parseInstant(value: unknown): Date {
  const instant = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
  if (!instant || Number.isNaN(instant.getTime())) {
    throw new ValidationFailed([{ field: 'requestedDeadline', reason: 'an ISO 8601 date and time, e.g. 2026-12-01T18:00:00+08:00' }]);
  }
  return instant;
}

