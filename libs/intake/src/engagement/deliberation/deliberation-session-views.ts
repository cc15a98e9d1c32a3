import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { CLOCK, DEFAULT_TIME_ZONE, localDate, type Clock } from '@civicloop/clock';
import type { ActorContext } from '@civicloop/contracts';
import { CivicRequest } from '../../requests/civic-request.entity';
import { taskLate } from '../rules/deliberation-input';
import { leadingOptions, votersOf } from '../rules/deliberation-vote';
import { allowedSessionActions } from '../rules/deliberation-workflow';
import { CommunityIssue } from './community-issue.entity';
import { AgendaItem, DeliberationSession, FollowUpTask } from './deliberation-session.entity';

/** A session with its agenda, votes, decisions and tasks — for its community's staff and readers. */
@Injectable()
export class DeliberationSessionViews {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  today(): string {
    return localDate(this.clock.now(), DEFAULT_TIME_ZONE);
  }

  async many(manager: EntityManager, context: ActorContext, sessions: DeliberationSession[]) {
    if (sessions.length === 0) return [];
    const ids = sessions.map((session) => session.id);
    const items = await manager.find(AgendaItem, { where: { tenantId: context.tenantId, sessionId: In(ids) }, order: { position: 'ASC' } });
    const tasks = await manager.find(FollowUpTask, { where: { tenantId: context.tenantId, sessionId: In(ids) }, order: { position: 'ASC' } });
    const issues = items.length === 0 ? [] : await manager.findBy(CommunityIssue, { tenantId: context.tenantId, id: In(items.map((item) => item.issueId)) });
    const requestIds = issues.map((issue) => issue.requestId).filter((id): id is string => id !== null);
    const requests = requestIds.length === 0 ? [] : await manager.findBy(CivicRequest, { tenantId: context.tenantId, id: In(requestIds) });
    const today = this.today();
    return sessions.map((session) => ({
      id: session.id,
      communityAreaCode: session.communityAreaCode,
      communityName: session.communityName,
      communityUnitCode: session.communityUnitCode,
      streetUnitCode: session.streetUnitCode,
      date: session.date,
      place: session.place,
      state: session.state,
      version: session.version,
      participants: session.participants,
      voters: votersOf(session.participants),
      minutes: session.minutes,
      agenda: items
        .filter((item) => item.sessionId === session.id)
        .map((item) => {
          const issue = issues.find((candidate) => candidate.id === item.issueId)!;
          const request = requests.find((candidate) => candidate.id === issue.requestId);
          return {
            id: item.id,
            issueId: item.issueId,
            issueText: issue.text,
            issueState: issue.state,
            options: item.options,
            counts: item.counts,
            ballots: item.ballots,
            leading: leadingOptions(item.counts),
            decision:
              item.decisionKind === 'option'
                ? { kind: 'option' as const, option: item.decisionOption!, optionText: item.options[item.decisionOption!], note: item.decisionNote }
                : item.decisionKind === 'order'
                  ? { kind: 'order' as const, unitCode: issue.orderUnitCode, unitName: issue.orderUnitName, requestId: issue.requestId, orderNo: request?.orderNo ?? null, note: item.decisionNote }
                  : null,
          };
        }),
      tasks: tasks
        .filter((task) => task.sessionId === session.id)
        .map((task) => ({
          id: task.id,
          itemId: task.itemId,
          title: task.title,
          ownerRole: task.ownerRole,
          ownerName: task.ownerName,
          dueDate: task.dueDate,
          doneAt: task.doneAt?.toISOString() ?? null,
          doneBy: task.doneBy,
          note: task.note,
          late: taskLate(task.dueDate, task.doneOn, today),
        })),
      plannedAt: session.plannedAt.toISOString(),
      heldAt: session.heldAt?.toISOString() ?? null,
      decidedAt: session.decidedAt?.toISOString() ?? null,
      closedAt: session.closedAt?.toISOString() ?? null,
      allowedActions: allowedSessionActions(session.state),
    }));
  }

  async one(manager: EntityManager, context: ActorContext, session: DeliberationSession) {
    const [view] = await this.many(manager, context, [session]);
    return view;
  }
}
