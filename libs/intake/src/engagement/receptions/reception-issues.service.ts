import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { CLOCK, DEFAULT_TIME_ZONE, localDate, type Clock } from '@civicloop/clock';
import {
  CivicError,
  EventTypes,
  isUuid,
  NotFound,
  RECEPTION_LEGS,
  ValidationFailed,
  type ActorContext,
  type DistrictReferenceResult,
  type FlagTypicalCasePayload,
  type ReceptionCaseFlaggedTypical,
  type ReceptionLegChanged,
  type ReplyOnLegPayload,
  type SendWorkLetterPayload,
  type WorkLetterSent,
} from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { RegisterRequestService } from '../../registration/register-request.service';
import { CivicRequest } from '../../requests/civic-request.entity';
import { RequestHistoryEntry } from '../../requests/request-history-entry.entity';
import { maskName, maskPhone } from '../../requests/request-views';
import { Resident } from '../../residents/resident.entity';
import { DeputiesService } from '../deputies/deputies.service';
import { assertActsForStreet, assertOrganiser, issueScope, seesIssue } from '../rules/engagement-access';
import { issueOutcome } from '../rules/reception-statistics';
import { nextDayState } from '../rules/reception-day-workflow';
import { assertKnownLeg, legViews, ReplyLegsService } from '../legs/reply-legs.service';
import { assertMayReplyOnLeg } from '../rules/reply-chain';
import { workLetterHtml } from '../rules/work-letter-html';
import { ReceptionDay } from './reception-day.entity';
import { ReceptionIssue } from './reception-issue.entity';
import { WorkLetter } from './work-letter.entity';

/** Steps 5, 6 and 8 for one issue: the work letter, the request it becomes, the reply chain, typical cases. */
@Injectable()
export class ReceptionIssuesService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly deputies: DeputiesService,
    private readonly registration: RegisterRequestService,
    private readonly replyLegs: ReplyLegsService,
  ) {}

  /**
   * Step 5 → 6: deliberation and the letter to a unit of this district, signed by a deputy who
   * received the issue; the issue is registered as a request (channel reception) through intake's
   * registration, so it is dispatched, handled, called back and counted like any other.
   */
  async sendLetter(manager: EntityManager, context: ActorContext, payload: SendWorkLetterPayload, reference: DistrictReferenceResult) {
    const { issue, day } = await this.find(manager, context, payload.issueId, true);
    const own = await this.deputies.ownIds(manager, context);
    const signsAsDeputy = own.some((id) => issue.deputyIds.includes(id));
    if (!signsAsDeputy) {
      assertOrganiser(context, 'sending a work letter');
      assertActsForStreet(context, day.streetUnitCode);
    }
    nextDayState(day.state, 'send-letter');
    if (issue.solvedOnSite) throw new CivicError(409, 'conflict', 'letter-only-for-open-issues: this issue was answered on the spot', { rule: 'letter-only-for-open-issues' });
    if (await manager.findOneBy(WorkLetter, { tenantId: context.tenantId, issueId: issue.id })) {
      throw new CivicError(409, 'conflict', 'one-letter-per-issue: this issue already has its work letter', { rule: 'one-letter-per-issue' });
    }
    const unit = reference.units.find((candidate) => candidate.code === payload.unitCode);
    const problems = [];
    if (!unit) problems.push({ field: 'unitCode', reason: `letter-to-a-unit-of-this-district: no unit "${payload.unitCode}" in this district` });
    if (!issue.deputyIds.includes(payload.signedByDeputyId)) problems.push({ field: 'signedByDeputyId', reason: 'signed by a deputy who received the issue' });
    else if (signsAsDeputy && !context.roles.includes('liaison') && !own.includes(payload.signedByDeputyId)) problems.push({ field: 'signedByDeputyId', reason: 'a deputy signs with their own name' });
    if (!payload.deliberation?.trim()) problems.push({ field: 'deliberation', reason: 'record what the team deliberated' });
    if (!payload.body?.trim()) problems.push({ field: 'body', reason: 'is required' });
    if (problems.length > 0) throw new ValidationFailed(problems);
    const resident = await manager.findOneByOrFail(Resident, { id: issue.residentId, tenantId: context.tenantId });
    const request = await this.registration.register(manager, context, {
      channel: 'reception',
      type: issue.type,
      categoryCode: issue.categoryCode,
      areaCode: issue.areaCode,
      address: issue.address,
      description: issue.description,
      residentName: resident.name,
      residentPhone: resident.phone,
      urgency: 'general',
      confidential: false,
      // The letter names the department that must act: the request goes there, not by the catalogue.
      addressedUnitCode: unit!.code,
    });
    const now = this.clock.now();
    const letter = manager.create(WorkLetter, {
      id: randomUUID(),
      tenantId: context.tenantId,
      issueId: issue.id,
      unitCode: unit!.code,
      unitName: unit!.name,
      deliberation: payload.deliberation.trim(),
      body: payload.body.trim(),
      signedByDeputyId: payload.signedByDeputyId,
      signedBy: context.userId,
      sentAt: now,
      requestId: request.id,
    });
    await manager.insert(WorkLetter, letter);
    const legs = await this.replyLegs.start(manager, context.tenantId, { issueId: issue.id, letterId: letter.id }, now);
    issue.requestId = request.id;
    await manager.save(issue);
    await this.outbox.append(manager, [
      newEvent<WorkLetterSent>(
        {
          type: EventTypes.WorkLetterSent,
          aggregateId: issue.id,
          aggregateVersion: 1,
          data: {
            letterId: letter.id,
            issueId: issue.id,
            receptionId: day.id,
            unitCode: letter.unitCode,
            signedByDeputyId: letter.signedByDeputyId,
            requestId: request.id,
            deputyIds: issue.deputyIds,
            legs: legs.map((leg) => ({ leg: leg.leg, dueAt: leg.dueAt?.toISOString() ?? null })),
          },
        },
        context,
        this.clock,
      ),
    ]);
    return this.view(manager, context, issue, day);
  }

  /** Step 6: one leg answered, with who and when; a closed leg takes no second reply (409). */
  async replyOnLeg(manager: EntityManager, context: ActorContext, payload: ReplyOnLegPayload) {
    assertKnownLeg(payload.leg);
    const { issue, day } = await this.find(manager, context, payload.issueId);
    const letter = await manager.findOneBy(WorkLetter, { tenantId: context.tenantId, issueId: issue.id });
    const { leg, repliedAt: now } = await this.replyLegs.answer(manager, context, { issueId: issue.id, letterId: letter?.id ?? '' }, {
      leg: payload.leg,
      note: payload.note,
      mayReply: (answered) => assertMayReplyOnLeg(context, answered.leg, letter!.unitCode),
      noChain: () => new CivicError(409, 'conflict', 'reply-chain-after-the-letter: this issue has no work letter yet', { rule: 'reply-chain-after-the-letter' }),
    });
    await this.outbox.append(manager, [
      newEvent<ReceptionLegChanged>(
        {
          type: EventTypes.ReceptionLegReplied,
          aggregateId: issue.id,
          aggregateVersion: RECEPTION_LEGS.indexOf(leg.leg) + 2,
          data: { issueId: issue.id, letterId: leg.letterId!, leg: leg.leg, dueAt: leg.dueAt?.toISOString() ?? null, repliedAt: now.toISOString(), late: leg.dueAt !== null && now > leg.dueAt },
        },
        context,
        this.clock,
      ),
    ]);
    return this.view(manager, context, issue, day);
  }

  async flagTypical(manager: EntityManager, context: ActorContext, payload: FlagTypicalCasePayload) {
    assertOrganiser(context, 'flagging a typical case');
    const { issue, day } = await this.find(manager, context, payload.issueId, true);
    assertActsForStreet(context, day.streetUnitCode);
    nextDayState(day.state, 'flag-typical');
    if (!payload.note?.trim()) throw new ValidationFailed([{ field: 'note', reason: 'say why it is a typical case' }]);
    Object.assign(issue, { typical: true, typicalNote: payload.note.trim() });
    await manager.save(issue);
    await this.outbox.append(manager, [
      newEvent<ReceptionCaseFlaggedTypical>(
        { type: EventTypes.ReceptionCaseFlaggedTypical, aggregateId: issue.id, aggregateVersion: 1, data: { issueId: issue.id, receptionId: day.id, note: issue.typicalNote! } },
        context,
        this.clock,
      ),
    ]);
    return this.view(manager, context, issue, day);
  }

  async get(manager: EntityManager, context: ActorContext, id: string) {
    const { issue, day } = await this.find(manager, context, id);
    return this.view(manager, context, issue, day);
  }

  /** The issues in the caller's view (a deputy: those they received, and what became of them). */
  async list(manager: EntityManager, context: ActorContext, filter: { receptionId?: string; escalated?: boolean }) {
    const scope = issueScope(context, await this.deputies.ownIds(manager, context));
    const query = manager
      .createQueryBuilder(ReceptionIssue, 'issue')
      .where('issue.tenantId = :tenantId', { tenantId: context.tenantId })
      .orderBy('issue.recordedAt', 'DESC')
      .limit(500);
    if (filter.receptionId && isUuid(filter.receptionId)) query.andWhere('issue.receptionId = :receptionId', { receptionId: filter.receptionId });
    // Step 7: the district office's list of issues with a leg escalated (督办).
    if (filter.escalated) query.andWhere('exists (select 1 from intake.reception_legs leg where leg.issue_id = issue.id and leg.escalated_at is not null)');
    const issues = await query.getMany();
    const days = await this.daysOf(manager, context, issues);
    const letters = issues.length === 0 ? [] : await manager.findBy(WorkLetter, { tenantId: context.tenantId, issueId: In(issues.map((issue) => issue.id)) });
    const visible = issues.filter((issue) =>
      seesIssue(scope, { deputyIds: issue.deputyIds, streetUnitCode: days.get(issue.receptionId)!.streetUnitCode, letterUnitCode: letters.find((l) => l.issueId === issue.id)?.unitCode ?? null }),
    );
    const views = [];
    for (const issue of visible) views.push(await this.view(manager, context, issue, days.get(issue.receptionId)!));
    return views;
  }

  /** Step 5's letter as a printable zh-CN document. */
  async print(manager: EntityManager, context: ActorContext, letterId: string, reference: DistrictReferenceResult) {
    const letter = isUuid(letterId) ? await manager.findOneBy(WorkLetter, { id: letterId, tenantId: context.tenantId }) : null;
    if (!letter) throw new NotFound('work letter', letterId);
    const { issue, day } = await this.find(manager, context, letter.issueId).catch(() => {
      throw new NotFound('work letter', letterId);
    });
    const [signer] = await this.deputies.byIds(manager, context, [letter.signedByDeputyId]);
    const request = await manager.findOneByOrFail(CivicRequest, { id: letter.requestId, tenantId: context.tenantId });
    const sentOn = localDate(letter.sentAt, DEFAULT_TIME_ZONE);
    return {
      html: workLetterHtml({
        letterNo: `〔${sentOn.slice(0, 4)}〕${request.orderNo}号`,
        unitName: letter.unitName,
        receptionDate: day.date,
        placeName: reference.areas.find((area) => area.code === day.placeAreaCode)?.name ?? day.placeAreaCode,
        issueDescription: issue.description,
        deliberation: letter.deliberation,
        body: letter.body,
        signerName: signer.name,
        signerBody: signer.body,
        sentOn,
        orderNo: request.orderNo,
      }),
    };
  }

  private async find(manager: EntityManager, context: ActorContext, id: string, lock = false): Promise<{ issue: ReceptionIssue; day: ReceptionDay }> {
    const issue = isUuid(id) ? await manager.findOne(ReceptionIssue, { where: { id, tenantId: context.tenantId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) }) : null;
    if (!issue) throw new NotFound('reception issue', id);
    const day = await manager.findOneByOrFail(ReceptionDay, { id: issue.receptionId, tenantId: context.tenantId });
    const letter = await manager.findOneBy(WorkLetter, { tenantId: context.tenantId, issueId: issue.id });
    const scope = issueScope(context, await this.deputies.ownIds(manager, context));
    // Outside the reader's view: 404, so existence never leaks.
    if (!seesIssue(scope, { deputyIds: issue.deputyIds, streetUnitCode: day.streetUnitCode, letterUnitCode: letter?.unitCode ?? null })) throw new NotFound('reception issue', id);
    return { issue, day };
  }

  private async daysOf(manager: EntityManager, context: ActorContext, issues: ReceptionIssue[]): Promise<Map<string, ReceptionDay>> {
    const ids = [...new Set(issues.map((issue) => issue.receptionId))];
    const days = ids.length === 0 ? [] : await manager.findBy(ReceptionDay, { tenantId: context.tenantId, id: In(ids) });
    return new Map(days.map((day) => [day.id, day]));
  }

  /** An issue with its letter, its legs (who answered when, late or escalated) and where its request stands. */
  private async view(manager: EntityManager, context: ActorContext, issue: ReceptionIssue, day: ReceptionDay) {
    const resident = await manager.findOneBy(Resident, { id: issue.residentId, tenantId: context.tenantId });
    const letter = await manager.findOneBy(WorkLetter, { tenantId: context.tenantId, issueId: issue.id });
    const legs = letter ? await this.replyLegs.of(manager, context.tenantId, { issueId: issue.id, letterId: letter.id }) : [];
    const request = issue.requestId ? await manager.findOneBy(CivicRequest, { id: issue.requestId, tenantId: context.tenantId }) : null;
    const history = request ? await manager.find(RequestHistoryEntry, { where: { tenantId: context.tenantId, requestId: request.id }, order: { occurredAt: 'ASC' } }) : [];
    const outcome = issueOutcome(issue.solvedOnSite, history.map((entry) => ({ type: entry.type, data: entry.data })));
    const now = this.clock.now();
    return {
      id: issue.id,
      receptionId: day.id,
      date: day.date,
      streetUnitCode: day.streetUnitCode,
      placeAreaCode: day.placeAreaCode,
      // Masked for everyone here: the request view is where the call centre reads identities (audited).
      resident: resident ? { name: maskName(resident.name), phone: maskPhone(resident.phone) } : null,
      type: issue.type,
      categoryCode: issue.categoryCode,
      areaCode: issue.areaCode,
      address: issue.address,
      description: issue.description,
      deputyIds: issue.deputyIds,
      solvedOnSite: issue.solvedOnSite,
      onSiteAnswer: issue.onSiteAnswer,
      typical: issue.typical,
      typicalNote: issue.typicalNote,
      letter: letter
        ? { id: letter.id, unitCode: letter.unitCode, unitName: letter.unitName, signedByDeputyId: letter.signedByDeputyId, signedBy: letter.signedBy, sentAt: letter.sentAt.toISOString(), deliberation: letter.deliberation, body: letter.body }
        : null,
      legs: legViews(legs, now),
      request: request ? { id: request.id, orderNo: request.orderNo, status: request.status, currentUnitCode: request.currentUnitCode } : null,
      outcome,
    };
  }
}
