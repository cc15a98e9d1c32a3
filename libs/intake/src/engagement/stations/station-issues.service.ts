import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import {
  CivicError,
  EventTypes,
  isUuid,
  NotFound,
  REQUEST_TYPES,
  ValidationFailed,
  type ActorContext,
  type DistrictReferenceResult,
  type FieldProblem,
  type HandOnStationIssuePayload,
  type ListStationIssuesPayload,
  type ReplyOnLegPayload,
  type ReplyStationIssuePayload,
  type StationLegChanged,
} from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { RegisterRequestService } from '../../registration/register-request.service';
import { CivicRequest } from '../../requests/civic-request.entity';
import { Resident } from '../../residents/resident.entity';
import { DeputiesService } from '../deputies/deputies.service';
import { assertKnownLeg, ReplyLegsService } from '../legs/reply-legs.service';
import { assertMayReplyOnStationLeg } from '../rules/reply-chain';
import { actsOnStationIssue, seesStationIssue, type Reader } from '../rules/station-access';
import { nextStationIssueState, type StationIssueAction } from '../rules/station-issue-workflow';
import { Station } from './station.entity';
import { StationIssue } from './station-issue.entity';
import { StationIssueViews } from './station-issue-views';

/**
 * 接待, 交办, 回复 and 归档 of a station issue. 交办 registers the request through intake's own
 * registration (channel station) in the same transaction, as a work letter does: one commit holds the
 * issue's step, the request and its `request.registered` event.
 */
@Injectable()
export class StationIssuesService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly deputies: DeputiesService,
    private readonly registration: RegisterRequestService,
    private readonly views: StationIssueViews,
    private readonly replyLegs: ReplyLegsService,
    private readonly outbox: OutboxWriter,
  ) {}

  async get(manager: EntityManager, context: ActorContext, id: string) {
    const { issue, reader } = await this.find(manager, context, id);
    return reader.context.roles.includes('resident') && issue.residentUserId === context.userId && !isStaff(context)
      ? (await this.views.residentViews(manager, context, [issue]))[0]
      : this.views.staff(manager, context, issue);
  }

  /** The issues in the caller's view: a deputy's own, a liaison's streets', the district's, a resident's own. */
  async list(manager: EntityManager, context: ActorContext, filter: ListStationIssuesPayload) {
    const reader = await this.reader(manager, context);
    const query = manager.createQueryBuilder(StationIssue, 'issue').where('issue.tenantId = :tenantId', { tenantId: context.tenantId }).orderBy('issue.receivedAt', 'DESC').limit(500);
    if (filter.stationId && isUuid(filter.stationId)) query.andWhere('issue.stationId = :stationId', { stationId: filter.stationId });
    if (filter.deputyId && isUuid(filter.deputyId)) query.andWhere(':deputyId = any(issue.deputyIds)', { deputyId: filter.deputyId });
    if (filter.source) query.andWhere('issue.source = :source', { source: filter.source });
    if (filter.state) query.andWhere('issue.state = :state', { state: filter.state });
    if (!isStaff(context) && context.roles.includes('deputy')) query.andWhere('issue.deputyIds && cast(:own as uuid[])', { own: reader.ownDeputyIds });
    if (!isStaff(context) && !context.roles.includes('deputy')) query.andWhere('issue.residentUserId = :userId', { userId: context.userId });
    const issues = await query.getMany();
    const streets = await this.streetsOf(manager, context, issues);
    const visible = issues.filter((issue) => seesStationIssue(reader, forAccess(issue, streets)));
    return isStaff(context) || context.roles.includes('deputy') ? this.views.staffViews(manager, context, visible) : this.views.residentViews(manager, context, visible);
  }

  /** 接待/受理: the deputy takes the issue on. */
  async accept(manager: EntityManager, context: ActorContext, id: string) {
    const issue = await this.forAction(manager, context, id, 'accept');
    Object.assign(issue, { acceptedAt: this.clock.now(), acceptedBy: context.userId });
    return this.advance(manager, context, issue, 'accept', EventTypes.StationIssueAccepted);
  }

  /** 交办: the accepted issue becomes a request with channel station, to the named unit or by the catalogue. */
  async handOn(manager: EntityManager, context: ActorContext, payload: HandOnStationIssuePayload, reference: DistrictReferenceResult) {
    const issue = await this.forAction(manager, context, payload.issueId, 'hand-on');
    const problems: FieldProblem[] = [];
    if (!(REQUEST_TYPES as readonly string[]).includes(payload.type)) problems.push({ field: 'type', reason: `must be one of: ${REQUEST_TYPES.join(', ')}` });
    if (!reference.categories.some((category) => category.code === payload.categoryCode)) problems.push({ field: 'categoryCode', reason: `no category "${payload.categoryCode}" in this district` });
    if (!reference.areas.some((area) => area.code === payload.areaCode)) problems.push({ field: 'areaCode', reason: `no area "${payload.areaCode}" in this district` });
    if (!payload.address?.trim()) problems.push({ field: 'address', reason: 'is required' });
    const unitCode = payload.unitCode || null;
    if (unitCode !== null && !reference.units.some((unit) => unit.code === unitCode)) problems.push({ field: 'unitCode', reason: `no unit "${unitCode}" in this district` });
    if (problems.length > 0) throw new ValidationFailed(problems);
    const resident = await manager.findOneByOrFail(Resident, { id: issue.residentId, tenantId: context.tenantId });
    const request = await this.registration.register(manager, context, {
      channel: 'station',
      type: payload.type,
      categoryCode: payload.categoryCode,
      areaCode: payload.areaCode,
      address: payload.address.trim(),
      description: issue.text,
      residentName: resident.name,
      residentPhone: resident.phone,
      urgency: 'general',
      confidential: false,
      ...(unitCode !== null ? { addressedUnitCode: unitCode } : {}),
    });
    const handedOnAt = this.clock.now();
    // 反馈: the reception's reply chain from the hand-on — the unit to the liaison in a week, formally to the deputy in a month, then the relay.
    await this.replyLegs.start(manager, context.tenantId, { stationIssueId: issue.id }, handedOnAt);
    Object.assign(issue, {
      handedOnAt,
      requestType: payload.type,
      categoryCode: payload.categoryCode,
      areaCode: payload.areaCode,
      address: payload.address.trim(),
      unitCode,
      handOnNote: payload.note?.trim() || null,
      requestId: request.id,
    });
    return this.advance(manager, context, issue, 'hand-on', EventTypes.StationIssueHandedOn, { requestId: request.id, unitCode });
  }

  /**
   * 反馈 on a handed-on issue: one leg of its reply chain answered — the liaison (or the unit's staff)
   * any of the first two and the relay, the addressed deputy the formal reply they received; a
   * closed leg is 409 naming its state. Independent of the deputy's own 回复 to the resident.
   */
  async replyOnLeg(manager: EntityManager, context: ActorContext, payload: ReplyOnLegPayload) {
    assertKnownLeg(payload.leg);
    const { issue, reader } = await this.find(manager, context, payload.issueId, true);
    const request = issue.requestId ? await manager.findOneBy(CivicRequest, { id: issue.requestId, tenantId: context.tenantId }) : null;
    const unitCode = request?.currentUnitCode ?? issue.unitCode ?? '';
    const addressedDeputy = context.roles.includes('deputy') && issue.deputyIds.some((id) => reader.ownDeputyIds.includes(id));
    const { leg, repliedAt } = await this.replyLegs.answer(manager, context, { stationIssueId: issue.id }, {
      leg: payload.leg,
      note: payload.note,
      mayReply: (answered) => assertMayReplyOnStationLeg(context, answered.leg, unitCode, addressedDeputy),
      noChain: () =>
        new CivicError(409, 'conflict', `reply-chain-after-the-hand-on: the issue is ${issue.state}, not handed on`, { rule: 'reply-chain-after-the-hand-on', state: issue.state }),
    });
    await this.outbox.append(manager, [
      newEvent<StationLegChanged>(
        {
          type: EventTypes.StationLegReplied,
          aggregateId: issue.id,
          aggregateVersion: issue.version,
          data: { stationIssueId: issue.id, leg: leg.leg, dueAt: leg.dueAt?.toISOString() ?? null, repliedAt: repliedAt.toISOString(), late: leg.dueAt !== null && repliedAt > leg.dueAt },
        },
        context,
        this.clock,
      ),
    ]);
    return this.views.staff(manager, context, issue);
  }

  /** 回复: the deputy's answer to the resident; the first reply's time is what response times count. */
  async reply(manager: EntityManager, context: ActorContext, payload: ReplyStationIssuePayload) {
    const issue = await this.forAction(manager, context, payload.issueId, 'reply');
    if (!payload.text?.trim()) throw new ValidationFailed([{ field: 'text', reason: 'say what you answer the resident' }]);
    Object.assign(issue, { replyText: payload.text.trim(), firstReplyAt: issue.firstReplyAt ?? this.clock.now(), repliedBy: context.userId });
    return this.advance(manager, context, issue, 'reply', EventTypes.StationIssueReplied);
  }

  /** 归档: an answered issue archived. */
  async archive(manager: EntityManager, context: ActorContext, id: string) {
    const issue = await this.forAction(manager, context, id, 'archive');
    issue.closedAt = this.clock.now();
    return this.advance(manager, context, issue, 'archive', EventTypes.StationIssueArchived);
  }

  private async advance(manager: EntityManager, context: ActorContext, issue: StationIssue, action: StationIssueAction, type: string, extra = {}) {
    issue.state = nextStationIssueState(issue.state, action);
    issue.version += 1;
    await manager.save(issue);
    await this.views.record(manager, context, issue, type, extra);
    return this.views.staff(manager, context, issue);
  }

  /** The issue locked for a step: out of view or not the caller's to act on → 404; a wrong state → 409. */
  private async forAction(manager: EntityManager, context: ActorContext, id: string, action: StationIssueAction): Promise<StationIssue> {
    const { issue, reader, streetUnitCode } = await this.find(manager, context, id, true);
    if (!actsOnStationIssue(reader, forAccess(issue, new Map([[issue.stationId ?? '', streetUnitCode]])))) throw new NotFound('station issue', id);
    nextStationIssueState(issue.state, action);
    return issue;
  }

  private async find(manager: EntityManager, context: ActorContext, id: string, lock = false) {
    const issue = isUuid(id) ? await manager.findOne(StationIssue, { where: { id, tenantId: context.tenantId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) }) : null;
    if (!issue) throw new NotFound('station issue', id);
    const reader = await this.reader(manager, context);
    const streets = await this.streetsOf(manager, context, [issue]);
    if (!seesStationIssue(reader, forAccess(issue, streets))) throw new NotFound('station issue', id);
    return { issue, reader, streetUnitCode: issue.stationId ? (streets.get(issue.stationId) ?? null) : null };
  }

  private async reader(manager: EntityManager, context: ActorContext): Promise<Reader> {
    return { context, ownDeputyIds: await this.deputies.ownIds(manager, context) };
  }

  private async streetsOf(manager: EntityManager, context: ActorContext, issues: StationIssue[]): Promise<Map<string, string | null>> {
    const ids = [...new Set(issues.map((issue) => issue.stationId).filter((id): id is string => id !== null))];
    const stations = ids.length === 0 ? [] : await manager.createQueryBuilder(Station, 'station').where('station.tenantId = :tenantId', { tenantId: context.tenantId }).andWhereInIds(ids).getMany();
    return new Map(stations.map((station) => [station.id, station.streetUnitCode]));
  }
}

/** District staff and liaisons read the staff view; deputies theirs; residents their own words. */
function isStaff(context: ActorContext): boolean {
  return context.roles.some((role) => ['district-admin', 'supervisor', 'dispatcher', 'agent', 'liaison'].includes(role));
}

function forAccess(issue: StationIssue, streets: Map<string, string | null>) {
  return { source: issue.source, deputyIds: issue.deputyIds, streetUnitCode: issue.stationId ? (streets.get(issue.stationId) ?? null) : null, residentUserId: issue.residentUserId };
}
