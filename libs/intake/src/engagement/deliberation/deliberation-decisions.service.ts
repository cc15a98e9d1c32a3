import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import {
  CivicError,
  EventTypes,
  isUuid,
  NotFound,
  ValidationFailed,
  type ActorContext,
  type CompleteFollowUpTaskPayload,
  type DecideDeliberationSessionPayload,
  type DeliberationSessionChanged,
  type DistrictReferenceResult,
  type PublicDeliberationDecisionsPayload,
} from '@civicloop/contracts';
import { decisionCoverageProblems, taskLate, taskProblems } from '../rules/deliberation-input';
import { orderProblems } from '../rules/deliberation-order';
import { nextIssueState } from '../rules/deliberation-workflow';
import { CommunityIssue } from './community-issue.entity';
import { DeliberationEvents } from './deliberation-events';
import { AgendaItem, DeliberationSession, FollowUpTask } from './deliberation-session.entity';
import { DeliberationSessionViews } from './deliberation-session-views';
import { DeliberationSessionsService } from './deliberation-sessions.service';
import { DepartmentOrdersService } from './department-orders.service';

/**
 * A held session decides every agenda item — an option, or ordered from a department (a request) —
 * and sets follow-up tasks; it closes once they are done, and its decided issues count as solved.
 */
@Injectable()
export class DeliberationDecisionsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sessions: DeliberationSessionsService,
    private readonly views: DeliberationSessionViews,
    private readonly orders: DepartmentOrdersService,
    private readonly events: DeliberationEvents,
  ) {}

  async decide(manager: EntityManager, context: ActorContext, payload: DecideDeliberationSessionPayload, reference: DistrictReferenceResult) {
    const session = await this.sessions.forStep(manager, context, payload.sessionId, 'decide');
    const items = await manager.find(AgendaItem, { where: { tenantId: context.tenantId, sessionId: session.id }, order: { position: 'ASC' } });
    const decisions = Array.isArray(payload.decisions) ? payload.decisions : [];
    const tasks = Array.isArray(payload.tasks) ? payload.tasks : [];
    // Everything is checked before anything is written: a refusal stores nothing.
    const problems = [
      ...decisionCoverageProblems(decisions, items),
      ...decisions.flatMap((decision, i) => (decision.kind === 'order' ? orderProblems(decision.order, reference, `decisions[${i}].order`) : [])),
      ...taskProblems(tasks, items.map((item) => item.id)),
    ];
    if (problems.length > 0) throw new ValidationFailed(problems);
    const issues = await manager.find(CommunityIssue, { where: { tenantId: context.tenantId, id: In(items.map((item) => item.issueId)) }, lock: { mode: 'pessimistic_write' } });
    const recorded: NonNullable<DeliberationSessionChanged['decisions']> = [];
    for (const decision of decisions) {
      const item = items.find((candidate) => candidate.id === decision.itemId)!;
      const issue = issues.find((candidate) => candidate.id === item.issueId)!;
      Object.assign(item, { decisionKind: decision.kind, decisionOption: decision.kind === 'option' ? decision.option : null, decisionNote: decision.note?.trim() || null });
      issue.version += 1;
      // The issue keeps its triage level (community): the session ordered it.
      if (decision.kind === 'order') await this.orders.order(manager, context, issue, decision.order, reference, 'order');
      else issue.state = nextIssueState(issue.state, 'decide-option');
      recorded.push({ itemId: item.id, issueId: issue.id, kind: decision.kind, option: item.decisionOption ?? undefined, unitCode: issue.orderUnitCode ?? undefined, requestId: issue.requestId ?? undefined });
    }
    await manager.save(items);
    await manager.save(issues);
    if (tasks.length > 0) {
      await manager.insert(
        FollowUpTask,
        tasks.map((task, position) => ({
          id: randomUUID(),
          tenantId: context.tenantId,
          sessionId: session.id,
          itemId: task.itemId ?? null,
          position,
          title: task.title.trim(),
          ownerRole: task.ownerRole,
          ownerName: task.ownerName.trim(),
          dueDate: task.dueDate,
          doneAt: null,
          doneOn: null,
          doneBy: null,
          note: null,
        })),
      );
    }
    session.decidedAt = this.clock.now();
    await this.sessions.advance(manager, context, session, 'decide', EventTypes.DeliberationSessionDecided, { decisions: recorded });
    for (const issue of issues.filter((candidate) => candidate.state === 'ordered')) {
      await this.events.issue(manager, context, EventTypes.CommunityIssueTriaged, issue, { unitCode: issue.orderUnitCode, sessionId: session.id });
    }
    return this.views.one(manager, context, session);
  }

  /** A task done, once; late when after its due date. */
  async completeTask(manager: EntityManager, context: ActorContext, payload: CompleteFollowUpTaskPayload) {
    const session = await this.sessions.forStep(manager, context, payload.sessionId, 'complete-task');
    const task = isUuid(payload.taskId) ? await manager.findOneBy(FollowUpTask, { id: payload.taskId, tenantId: context.tenantId, sessionId: session.id }) : null;
    if (!task) throw new NotFound('follow-up task', payload.taskId);
    if (task.doneAt) throw new CivicError(409, 'conflict', `task-done-once: this task was done on ${task.doneOn}`, { rule: 'task-done-once', doneOn: task.doneOn });
    if (!payload.note?.trim()) throw new ValidationFailed([{ field: 'note', reason: 'say what was done' }]);
    const today = this.views.today();
    Object.assign(task, { doneAt: this.clock.now(), doneOn: today, doneBy: context.userId, note: payload.note.trim() });
    await manager.save(task);
    await this.sessions.advance(manager, context, session, 'complete-task', EventTypes.FollowUpTaskCompleted, { taskId: task.id, late: taskLate(task.dueDate, today, today) });
    return this.views.one(manager, context, session);
  }

  /** decided → closed once every task is done; the issues decided by an option are solved. */
  async close(manager: EntityManager, context: ActorContext, id: string) {
    const session = await this.sessions.forStep(manager, context, id, 'close');
    const tasks = await manager.find(FollowUpTask, { where: { tenantId: context.tenantId, sessionId: session.id }, order: { position: 'ASC' } });
    const pending = tasks.filter((task) => task.doneAt === null);
    if (pending.length > 0) {
      throw new CivicError(409, 'conflict', `close-after-every-task: ${pending.length} follow-up task(s) not done yet`, { rule: 'close-after-every-task', taskIds: pending.map((task) => task.id) });
    }
    const issues = await manager.find(CommunityIssue, { where: { tenantId: context.tenantId, sessionId: session.id, state: 'decided' }, lock: { mode: 'pessimistic_write' } });
    for (const issue of issues) Object.assign(issue, { state: nextIssueState(issue.state, 'solve'), version: issue.version + 1 });
    await manager.save(issues);
    session.closedAt = this.clock.now();
    await this.sessions.advance(manager, context, session, 'close', EventTypes.DeliberationSessionClosed, { issueIds: issues.map((issue) => issue.id) });
    return this.views.one(manager, context, session);
  }

  /** 议事结果公示: decided and closed sessions as residents read them — parties, not names. */
  async publicDecisions(manager: EntityManager, context: ActorContext, filter: PublicDeliberationDecisionsPayload) {
    const query = manager
      .createQueryBuilder(DeliberationSession, 'session')
      .where('session.tenantId = :tenantId', { tenantId: context.tenantId })
      .andWhere(`session.state in ('decided', 'closed')`)
      .orderBy('session.date', 'DESC')
      .limit(100);
    if (filter.community) query.andWhere('session.communityAreaCode = :community', { community: filter.community });
    const views = await this.views.many(manager, context, await query.getMany());
    return views.map((view) => ({
      sessionId: view.id,
      communityAreaCode: view.communityAreaCode,
      communityName: view.communityName,
      date: view.date,
      place: view.place,
      state: view.state,
      parties: [...new Set(view.participants.map((participant) => participant.role))],
      items: view.agenda.map((item) => ({
        issueText: item.issueText,
        options: item.options,
        counts: item.counts,
        decision: item.decision?.kind === 'option' ? { kind: 'option', optionText: item.decision.optionText } : item.decision ? { kind: 'order', unitName: item.decision.unitName, orderNo: item.decision.orderNo } : null,
      })),
      tasks: view.tasks.map((task) => ({ title: task.title, ownerRole: task.ownerRole, dueDate: task.dueDate, done: task.doneAt !== null, late: task.late })),
    }));
  }
}
