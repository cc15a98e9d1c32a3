import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, DEFAULT_TIME_ZONE, MONTH_PATTERN, type Clock } from '@civicloop/clock';
import {
  EventTypes,
  isUuid,
  NotFound,
  TRIAGE_LEVELS,
  ValidationFailed,
  type ActorContext,
  type CollectCommunityIssuePayload,
  type DistrictReferenceResult,
  type ListCommunityIssuesPayload,
  type TriageCommunityIssuePayload,
} from '@civicloop/contracts';
import { Resident } from '../../residents/resident.entity';
import { assertActsForCommunity, assertDeliberationActor, assertDeliberationReader, readsCommunity } from '../rules/deliberation-access';
import { communityOf, type CommunityRef } from '../rules/deliberation-community';
import { collectProblems } from '../rules/deliberation-input';
import { nextIssueState } from '../rules/deliberation-workflow';
import { CommunityIssue } from './community-issue.entity';
import { CommunityIssueViews } from './community-issue-views';
import { DeliberationEvents } from './deliberation-events';
import { DepartmentOrdersService } from './department-orders.service';

/** The community's name and units from the reference, or 400 on `field` when the area is not a community. */
export function resolveCommunity(reference: DistrictReferenceResult, areaCode: string, field = 'communityAreaCode'): CommunityRef {
  const community = typeof areaCode === 'string' ? communityOf(reference, areaCode) : null;
  if (!community) throw new ValidationFailed([{ field, reason: `no community "${areaCode}" in this district (an area of a community, such as donghua.nanchizi)` }]);
  return community;
}

/** Issues collected in a community and triaged three ways (居民自治 / 社区协商 / 部门接单). */
@Injectable()
export class CommunityIssuesService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: DeliberationEvents,
    private readonly orders: DepartmentOrdersService,
    private readonly views: CommunityIssueViews,
  ) {}

  async collect(manager: EntityManager, context: ActorContext, payload: CollectCommunityIssuePayload, reference: DistrictReferenceResult) {
    assertDeliberationActor(context, 'collecting a community issue');
    const community = resolveCommunity(reference, payload.communityAreaCode);
    assertActsForCommunity(context, { ...community, communityAreaCode: community.areaCode }, 'collecting a community issue');
    const problems = collectProblems(payload);
    if (problems.length > 0) throw new ValidationFailed(problems);
    const now = this.clock.now();
    const reporter = payload.reporter
      ? manager.create(Resident, { id: randomUUID(), tenantId: context.tenantId, name: payload.reporter.name.trim(), phone: payload.reporter.phone.trim(), createdAt: now })
      : null;
    const issue = manager.create(CommunityIssue, {
      id: randomUUID(),
      tenantId: context.tenantId,
      communityAreaCode: community.areaCode,
      communityName: community.name,
      communityUnitCode: community.communityUnitCode,
      streetUnitCode: community.streetUnitCode,
      text: payload.text.trim(),
      source: payload.source,
      state: 'collected',
      level: null,
      reporterResidentId: reporter?.id ?? null,
      resolution: null,
      collectedBy: context.userId,
      collectedAt: now,
      triagedBy: null,
      triagedAt: null,
      sessionId: null,
      orderUnitCode: null,
      orderUnitName: null,
      orderCategoryCode: null,
      orderType: null,
      orderedAt: null,
      requestId: null,
      version: 1,
    });
    if (reporter) await manager.insert(Resident, reporter);
    await manager.insert(CommunityIssue, issue);
    await this.events.issue(manager, context, EventTypes.CommunityIssueCollected, issue, { reporterResidentId: issue.reporterResidentId });
    return this.views.one(manager, context, issue);
  }

  /**
   * Self-solved: closed with what the residents did. Community: waits for a session. Department:
   * ordered from a unit of this district — a request registered in this transaction.
   */
  async triage(manager: EntityManager, context: ActorContext, payload: TriageCommunityIssuePayload, reference: DistrictReferenceResult) {
    if (!(TRIAGE_LEVELS as readonly string[]).includes(payload.level)) throw new ValidationFailed([{ field: 'level', reason: `must be one of: ${TRIAGE_LEVELS.join(', ')}` }]);
    const issue = await this.find(manager, context, payload.issueId, true);
    assertActsForCommunity(context, issue, 'triaging a community issue');
    nextIssueState(issue.state, 'triage', payload.level);
    if (payload.level === 'self-solved' && !payload.resolution?.trim()) throw new ValidationFailed([{ field: 'resolution', reason: 'say what the residents did (self-solved closes the issue)' }]);
    if (payload.level === 'department') this.orders.assertValid(payload.order, reference, 'order');
    const now = this.clock.now();
    Object.assign(issue, { level: payload.level, triagedAt: now, triagedBy: context.userId, version: issue.version + 1 });
    if (payload.level === 'department') await this.orders.order(manager, context, issue, payload.order!, reference, 'triage');
    else Object.assign(issue, { state: nextIssueState(issue.state, 'triage', payload.level), resolution: payload.level === 'self-solved' ? payload.resolution!.trim() : null });
    await manager.save(issue);
    await this.events.issue(manager, context, EventTypes.CommunityIssueTriaged, issue, { unitCode: issue.orderUnitCode });
    return this.views.one(manager, context, issue);
  }

  async get(manager: EntityManager, context: ActorContext, id: string) {
    return this.views.one(manager, context, await this.find(manager, context, id));
  }

  async list(manager: EntityManager, context: ActorContext, filter: ListCommunityIssuesPayload) {
    assertDeliberationReader(context, 'listing community issues');
    if (filter.month !== undefined && !MONTH_PATTERN.test(filter.month)) throw new ValidationFailed([{ field: 'month', reason: 'must be a month (YYYY-MM)' }]);
    const query = manager
      .createQueryBuilder(CommunityIssue, 'issue')
      .where('issue.tenantId = :tenantId', { tenantId: context.tenantId })
      .orderBy('issue.collectedAt', 'DESC')
      .limit(500);
    if (filter.community) query.andWhere('issue.communityAreaCode = :community', { community: filter.community });
    if (filter.state) query.andWhere('issue.state = :state', { state: filter.state });
    if (filter.month) query.andWhere(`to_char(issue.collectedAt at time zone :timeZone, 'YYYY-MM') = :month`, { month: filter.month, timeZone: DEFAULT_TIME_ZONE });
    const issues = (await query.getMany()).filter((issue) => readsCommunity(context, issue));
    return this.views.many(manager, context, issues);
  }

  /** An issue in the reader's view; any other id is 404, so existence never leaks. */
  async find(manager: EntityManager, context: ActorContext, id: string, lock = false): Promise<CommunityIssue> {
    const issue = isUuid(id) ? await manager.findOne(CommunityIssue, { where: { id, tenantId: context.tenantId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) }) : null;
    if (!issue || !readsCommunity(context, issue)) throw new NotFound('community issue', id);
    return issue;
  }
}
