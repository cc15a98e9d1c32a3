import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, DEFAULT_TIME_ZONE, localDate, type Clock } from '@civicloop/clock';
import {
  CivicError,
  EventTypes,
  Forbidden,
  isUuid,
  NotFound,
  ValidationFailed,
  type ActorContext,
  type DistrictReferenceResult,
  type FieldProblem,
  type FollowStationMessagePayload,
  type RegisterStationVisitPayload,
  type StationIssueSource,
  type WriteToDeputyPayload,
} from '@civicloop/contracts';
import { Resident } from '../../residents/resident.entity';
import { DeputiesService } from '../deputies/deputies.service';
import { assertActsForStreet, assertOrganiser } from '../rules/engagement-access';
import { opensOn } from '../rules/station-openings';
import { codeMatches, hashCode, newSecretCode, nextMessageNo } from './message-codes';
import { DeputyLinksService } from './deputy-links.service';
import { StationSchedule } from './station.entity';
import { StationIssue } from './station-issue.entity';
import { StationIssueViews } from './station-issue-views';
import { StationsService } from './stations.service';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Where a station issue comes in: 登记 at an opening, or a resident's online message (留言) to a deputy. */
@Injectable()
export class StationIntakeService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly stations: StationsService,
    private readonly links: DeputyLinksService,
    private readonly deputies: DeputiesService,
    private readonly views: StationIssueViews,
  ) {}

  /** 登记: a visitor's issue at an opening of the station (a date of the schedule, not in the future). */
  async registerVisit(manager: EntityManager, context: ActorContext, payload: RegisterStationVisitPayload & { stationId: string }, reference: DistrictReferenceResult) {
    const station = await this.stations.find(manager, context, payload.stationId);
    const schedule = isUuid(payload.scheduleId) ? await manager.findOneBy(StationSchedule, { id: payload.scheduleId, tenantId: context.tenantId, stationId: station.id }) : null;
    if (!schedule) throw new ValidationFailed([{ field: 'scheduleId', reason: 'not a schedule of this station' }]);
    const own = await this.deputies.ownIds(manager, context);
    if (!own.some((id) => schedule.deputyIds.includes(id))) {
      assertOrganiser(context, 'registering a visitor at a station');
      assertActsForStreet(context, station.streetUnitCode);
    }
    const problems = [...this.personProblems(payload.visitorName, payload.visitorPhone, 'visitorName', 'visitorPhone'), ...this.textProblems(payload.text, payload.categoryCode, reference)];
    const deputyId = payload.deputyId ?? null;
    if (deputyId !== null && !schedule.deputyIds.includes(deputyId)) problems.push({ field: 'deputyId', reason: 'not a deputy who sits at this opening' });
    if (problems.length > 0) throw new ValidationFailed(problems);
    if (!opensOn(schedule, payload.date)) {
      throw new CivicError(409, 'conflict', `visit-at-an-opening: the station does not open by this schedule on ${payload.date}`, { rule: 'visit-at-an-opening', date: payload.date });
    }
    if (payload.date > this.stations.today()) {
      throw new CivicError(409, 'conflict', `visit-recorded-on-its-day: ${payload.date} has not come yet`, { rule: 'visit-recorded-on-its-day', date: payload.date });
    }
    const { issue, code } = await this.receive(manager, context, 'visit', {
      name: text(payload.visitorName),
      phone: text(payload.visitorPhone),
      text: text(payload.text),
      categoryCode: payload.categoryCode || null,
      areaCode: station.areaCode,
      address: null,
      stationId: station.id,
      scheduleId: schedule.id,
      openingDate: payload.date,
      deputyIds: deputyId !== null ? [deputyId] : schedule.deputyIds,
    });
    // The code goes on the slip handed to the visitor, so they can follow it like an online message.
    return { ...(await this.views.staff(manager, context, issue)), code };
  }

  /**
   * 留言: a resident writes to a deputy through the deputy's public link. Name and phone are kept in
   * intake's resident records (the unit that takes it on calls them); a signed-in resident's account
   * is linked so they see it under "my messages". The answer carries the secret code, once.
   */
  async write(manager: EntityManager, context: ActorContext, payload: WriteToDeputyPayload, reference: DistrictReferenceResult) {
    const deputy = await this.links.deputyOf(manager, context, payload.token);
    const problems = [...this.textProblems(payload.text, payload.categoryCode, reference), ...this.personProblems(payload.name, payload.phone, 'name', 'phone')];
    if (payload.areaCode && !reference.areas.some((area) => area.code === payload.areaCode)) problems.push({ field: 'areaCode', reason: `no area "${payload.areaCode}" in this district` });
    if (problems.length > 0) throw new ValidationFailed(problems);
    const station = await this.stations.homeStationOf(manager, context, deputy);
    const { issue, code } = await this.receive(manager, context, 'online', {
      name: text(payload.name),
      phone: text(payload.phone),
      text: text(payload.text),
      categoryCode: payload.categoryCode || null,
      areaCode: payload.areaCode || null,
      address: text(payload.address) || null,
      stationId: station?.id ?? null,
      scheduleId: null,
      openingDate: null,
      deputyIds: [deputy.id],
    });
    return { id: issue.id, messageNo: issue.messageNo, code, state: issue.state, receivedAt: issue.receivedAt.toISOString(), deputy: { name: deputy.name, body: deputy.body } };
  }

  /** Follow without an account: the number and the secret code together, else 404. */
  async follow(manager: EntityManager, context: ActorContext, payload: FollowStationMessagePayload) {
    const messageNo = text(payload.messageNo).toUpperCase();
    const issue = messageNo ? await manager.findOneBy(StationIssue, { tenantId: context.tenantId, messageNo }) : null;
    if (!issue || !codeMatches(context.tenantId, messageNo, text(payload.code), issue.codeHash)) throw new NotFound('message', messageNo);
    const [view] = await this.views.residentViews(manager, context, [issue]);
    return view;
  }

  private personProblems(name: unknown, phone: unknown, nameField: string, phoneField: string): FieldProblem[] {
    const problems: FieldProblem[] = [];
    if (text(name).length === 0) problems.push({ field: nameField, reason: 'is required: the deputy and the unit that takes it on contact you' });
    if (!/^\+?[0-9][0-9 -]{4,38}$/.test(text(phone))) problems.push({ field: phoneField, reason: 'must be a phone number' });
    return problems;
  }

  private textProblems(value: unknown, categoryCode: string | null | undefined, reference: DistrictReferenceResult): FieldProblem[] {
    const problems: FieldProblem[] = [];
    if (text(value).length === 0) problems.push({ field: 'text', reason: 'say what the matter is' });
    if (categoryCode && !reference.categories.some((category) => category.code === categoryCode)) problems.push({ field: 'categoryCode', reason: `no category "${categoryCode}" in this district` });
    return problems;
  }

  private async receive(
    manager: EntityManager,
    context: ActorContext,
    source: StationIssueSource,
    fields: Pick<StationIssue, 'text' | 'categoryCode' | 'areaCode' | 'address' | 'stationId' | 'scheduleId' | 'openingDate' | 'deputyIds'> & { name: string; phone: string },
  ) {
    if (source === 'online' && context.roles.length > 0 && !context.roles.includes('resident')) {
      throw new Forbidden('an online message is a resident’s: staff register visits at a station instead');
    }
    const now = this.clock.now();
    const person = manager.create(Resident, { id: randomUUID(), tenantId: context.tenantId, name: fields.name, phone: fields.phone, createdAt: now });
    await manager.insert(Resident, person);
    const messageNo = await nextMessageNo(manager, context.tenantId, Number(localDate(now, DEFAULT_TIME_ZONE).slice(0, 4)));
    const code = newSecretCode();
    const { name: _name, phone: _phone, ...issueFields } = fields;
    const issue = manager.create(StationIssue, {
      ...issueFields,
      id: randomUUID(),
      tenantId: context.tenantId,
      messageNo,
      codeHash: hashCode(context.tenantId, messageNo, code),
      source,
      residentId: person.id,
      residentUserId: source === 'online' && context.roles.includes('resident') ? context.userId : null,
      state: 'received' as const,
      receivedAt: now,
      receivedBy: context.userId,
      acceptedAt: null,
      acceptedBy: null,
      handedOnAt: null,
      requestType: null,
      unitCode: null,
      handOnNote: null,
      requestId: null,
      replyText: null,
      firstReplyAt: null,
      repliedBy: null,
      closedAt: null,
      version: 1,
    });
    await manager.insert(StationIssue, issue);
    await this.views.record(manager, context, issue, EventTypes.StationIssueReceived, { residentId: person.id });
    return { issue, code };
  }
}
