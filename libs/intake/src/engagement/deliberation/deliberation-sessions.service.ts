import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { CLOCK, MONTH_PATTERN, type Clock } from '@civicloop/clock';
import {
  CivicError,
  EventTypes,
  isUuid,
  NotFound,
  ValidationFailed,
  type ActorContext,
  type DeliberationParticipantInput,
  type DistrictReferenceResult,
  type FieldProblem,
  type HoldDeliberationSessionPayload,
  type ListDeliberationSessionsPayload,
  type PlanDeliberationSessionPayload,
  type RecordVotePayload,
} from '@civicloop/contracts';
import { assertActsForCommunity, assertDeliberationActor, assertDeliberationReader, readsCommunity } from '../rules/deliberation-access';
import { participantProblems, planProblems } from '../rules/deliberation-input';
import { assertValidVote, votersOf } from '../rules/deliberation-vote';
import { nextIssueState, nextSessionState, type SessionAction } from '../rules/deliberation-workflow';
import { CommunityIssue } from './community-issue.entity';
import { resolveCommunity } from './community-issues.service';
import { DeliberationEvents } from './deliberation-events';
import { AgendaItem, DeliberationSession } from './deliberation-session.entity';
import { DeliberationSessionViews } from './deliberation-session-views';

const participantsOf = (participants: DeliberationParticipantInput[]) =>
  participants.map((participant) => ({ role: participant.role, name: participant.name.trim(), votes: participant.votes !== false }));

/** A session planned (agenda, participants, options), held, and its votes recorded. */
@Injectable()
export class DeliberationSessionsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: DeliberationEvents,
    private readonly views: DeliberationSessionViews,
  ) {}

  /** The agenda takes community-level issues of the same community, each on one session only. */
  async plan(manager: EntityManager, context: ActorContext, payload: PlanDeliberationSessionPayload, reference: DistrictReferenceResult) {
    assertDeliberationActor(context, 'planning a deliberation session');
    const community = resolveCommunity(reference, payload.communityAreaCode);
    assertActsForCommunity(context, { ...community, communityAreaCode: community.areaCode }, 'planning a deliberation session');
    const problems = planProblems(payload);
    if (problems.length > 0) throw new ValidationFailed(problems);
    const ids = payload.agenda.map((item) => item.issueId);
    const issues = ids.every(isUuid) ? await manager.find(CommunityIssue, { where: { tenantId: context.tenantId, id: In(ids) }, lock: { mode: 'pessimistic_write' } }) : [];
    const agendaProblems: FieldProblem[] = [];
    payload.agenda.forEach((item, i) => {
      const issue = issues.find((candidate) => candidate.id === item.issueId);
      if (!issue || issue.communityAreaCode !== community.areaCode) agendaProblems.push({ field: `agenda[${i}].issueId`, reason: `no issue of ${community.name} with this id` });
      else if (issue.state !== 'community') {
        agendaProblems.push({ field: `agenda[${i}].issueId`, reason: `agenda-of-community-level-issues: this issue is ${issue.state}; a session takes community-level issues not yet on an agenda` });
      }
    });
    if (agendaProblems.length > 0) throw new ValidationFailed(agendaProblems);
    const now = this.clock.now();
    const session = manager.create(DeliberationSession, {
      id: randomUUID(),
      tenantId: context.tenantId,
      communityAreaCode: community.areaCode,
      communityName: community.name,
      communityUnitCode: community.communityUnitCode,
      streetUnitCode: community.streetUnitCode,
      date: payload.date,
      place: payload.place.trim(),
      state: 'planned',
      participants: participantsOf(payload.participants),
      minutes: null,
      plannedBy: context.userId,
      plannedAt: now,
      heldAt: null,
      decidedAt: null,
      closedAt: null,
      version: 1,
    });
    await manager.insert(DeliberationSession, session);
    await manager.insert(
      AgendaItem,
      payload.agenda.map((item, position) => ({
        id: randomUUID(),
        tenantId: context.tenantId,
        sessionId: session.id,
        issueId: item.issueId,
        position,
        options: item.options.map((option) => option.trim()),
        counts: null,
        ballots: null,
        decisionKind: null,
        decisionOption: null,
        decisionNote: null,
      })),
    );
    for (const issue of issues) {
      Object.assign(issue, { state: nextIssueState(issue.state, 'put-on-agenda'), sessionId: session.id, version: issue.version + 1 });
    }
    await manager.save(issues);
    await this.events.session(manager, context, EventTypes.DeliberationSessionPlanned, session, { issueIds: ids });
    return this.views.one(manager, context, session);
  }

  /** planned → held, on or after its date; who came (when it differs from the plan) and the minutes. */
  async hold(manager: EntityManager, context: ActorContext, payload: HoldDeliberationSessionPayload) {
    const session = await this.forStep(manager, context, payload.sessionId, 'hold');
    if (session.date > this.views.today()) {
      throw new CivicError(409, 'conflict', `session-held-on-or-after-its-date: ${session.date} has not come yet`, { rule: 'session-held-on-or-after-its-date', date: session.date });
    }
    if (payload.participants !== undefined) {
      const problems = participantProblems(payload.participants);
      if (problems.length > 0) throw new ValidationFailed(problems);
      session.participants = participantsOf(payload.participants);
    }
    Object.assign(session, { minutes: payload.minutes?.trim() || null, heldAt: this.clock.now() });
    await this.advance(manager, context, session, 'hold', EventTypes.DeliberationSessionHeld);
    return this.views.one(manager, context, session);
  }

  /** The vote on one agenda item: ballots per option, no more than the participants who vote (400 otherwise). */
  async vote(manager: EntityManager, context: ActorContext, payload: RecordVotePayload) {
    const session = await this.forStep(manager, context, payload.sessionId, 'vote');
    const item = isUuid(payload.itemId) ? await manager.findOneBy(AgendaItem, { id: payload.itemId, tenantId: context.tenantId, sessionId: session.id }) : null;
    if (!item) throw new NotFound('agenda item', payload.itemId);
    item.ballots = assertValidVote(item.options, payload.counts, votersOf(session.participants));
    item.counts = [...payload.counts];
    await manager.save(item);
    await this.advance(manager, context, session, 'vote', EventTypes.DeliberationVoteRecorded, { itemId: item.id, counts: item.counts });
    return this.views.one(manager, context, session);
  }

  async get(manager: EntityManager, context: ActorContext, id: string) {
    return this.views.one(manager, context, await this.find(manager, context, id));
  }

  async list(manager: EntityManager, context: ActorContext, filter: ListDeliberationSessionsPayload) {
    assertDeliberationReader(context, 'listing deliberation sessions');
    if (filter.month !== undefined && !MONTH_PATTERN.test(filter.month)) throw new ValidationFailed([{ field: 'month', reason: 'must be a month (YYYY-MM)' }]);
    const query = manager
      .createQueryBuilder(DeliberationSession, 'session')
      .where('session.tenantId = :tenantId', { tenantId: context.tenantId })
      .orderBy('session.date', 'DESC')
      .addOrderBy('session.plannedAt', 'DESC')
      .limit(500);
    if (filter.community) query.andWhere('session.communityAreaCode = :community', { community: filter.community });
    if (filter.state) query.andWhere('session.state = :state', { state: filter.state });
    if (filter.month) query.andWhere(`to_char(session.date, 'YYYY-MM') = :month`, { month: filter.month });
    const sessions = (await query.getMany()).filter((session) => readsCommunity(context, session));
    return this.views.many(manager, context, sessions);
  }

  /** A session in the reader's view; any other id is 404. */
  async find(manager: EntityManager, context: ActorContext, id: string, lock = false): Promise<DeliberationSession> {
    const session = isUuid(id) ? await manager.findOne(DeliberationSession, { where: { id, tenantId: context.tenantId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) }) : null;
    if (!session || !readsCommunity(context, session)) throw new NotFound('deliberation session', id);
    return session;
  }

  /** The session locked for a step its community's staff take, and the step allowed in its state (409 otherwise). */
  async forStep(manager: EntityManager, context: ActorContext, id: string, action: SessionAction): Promise<DeliberationSession> {
    const session = await this.find(manager, context, id, true);
    assertActsForCommunity(context, session, `the step "${action}"`);
    nextSessionState(session.state, action);
    return session;
  }

  async advance(manager: EntityManager, context: ActorContext, session: DeliberationSession, action: SessionAction, type: string, extra: Parameters<DeliberationEvents['session']>[4] = {}) {
    session.state = nextSessionState(session.state, action);
    session.version += 1;
    await manager.save(session);
    await this.events.session(manager, context, type, session, extra);
  }
}
