import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import {
  CivicError,
  EventTypes,
  Forbidden,
  isUuid,
  NotFound,
  ValidationFailed,
  type ActorContext,
  type DistrictReferenceResult,
  type HoldReceptionPayload,
  type ReceptionStepRecorded,
  type RegisterVisitorPayload,
} from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { maskName, maskPhone } from '../../requests/request-views';
import { Resident } from '../../residents/resident.entity';
import { DeputiesService } from '../deputies/deputies.service';
import { assertActsForStreet, assertDistrictReader, assertOrganiser } from '../rules/engagement-access';
import { matchTeamToTopics } from '../rules/match-team-to-topics';
import { announcementTiming, daysBetween, nextDayState, receptionWarnings, type ReceptionDayAction } from '../rules/reception-day-workflow';
import { assertValidReception, visitorProblems } from '../rules/reception-input';
import { ReceptionDay, ReceptionPlan } from './reception-day.entity';
import { ReceptionIssue, ReceptionRegistration } from './reception-issue.entity';
import { ReceptionPlansService } from './reception-plans.service';

/** Steps 2–4 and 8 of a reception day: announce, register visitors, prepare, hold, archive. */
@Injectable()
export class ReceptionDaysService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly plans: ReceptionPlansService,
    private readonly deputies: DeputiesService,
  ) {}

  async get(manager: EntityManager, context: ActorContext, id: string) {
    assertDistrictReader(context, 'reading a reception day');
    const day = await this.plans.findDay(manager, context, id);
    const [view] = await this.plans.dayViews(manager, context, [day], true);
    const registrations = await manager.find(ReceptionRegistration, { where: { tenantId: context.tenantId, receptionId: day.id }, order: { registeredAt: 'ASC' } });
    const residents = registrations.length === 0 ? [] : await manager.findBy(Resident, registrations.map((r) => ({ id: r.residentId, tenantId: context.tenantId })));
    const issues = await manager.find(ReceptionIssue, { where: { tenantId: context.tenantId, receptionId: day.id }, order: { recordedAt: 'ASC' } });
    return {
      ...view,
      registrations: registrations.map((registration) => {
        const resident = residents.find((r) => r.id === registration.residentId);
        return {
          id: registration.id,
          visitor: resident ? { name: maskName(resident.name), phone: maskPhone(resident.phone) } : null,
          topic: registration.topic,
          categoryCode: registration.categoryCode,
          tags: registration.tags,
          matchedDeputyIds: registration.matchedDeputyIds,
        };
      }),
      issueIds: issues.map((issue) => issue.id),
    };
  }

  /** Step 2: published to residents; a week ahead, or later with a warning. */
  async announce(manager: EntityManager, context: ActorContext, id: string) {
    const day = await this.forStep(manager, context, id, 'announce');
    const { late } = announcementTiming(day.date, this.plans.today());
    day.announcedAt = this.clock.now();
    await this.advance(manager, context, day, 'announce', EventTypes.ReceptionAnnounced, { late });
    const warnings = late ? [`announce-a-week-ahead: announced ${daysBetween(this.plans.today(), day.date)} day(s) ahead; residents should have a week to register (提前一周公告)`] : [];
    return { ...(await this.get(manager, context, id)), warnings };
  }

  /** Step 2: a visitor registers with a topic (a liaison for them, or a resident themself). */
  async registerVisitor(manager: EntityManager, context: ActorContext, payload: RegisterVisitorPayload, reference: DistrictReferenceResult) {
    const day = await this.plans.findDay(manager, context, payload.receptionId, true);
    const resident = context.roles.includes('resident');
    if (!resident) {
      assertOrganiser(context, 'registering a visitor');
      assertActsForStreet(context, day.streetUnitCode);
    }
    nextDayState(day.state, 'register-visitor');
    const problems = visitorProblems(payload, reference);
    if (problems.length > 0) throw new ValidationFailed(problems);
    const now = this.clock.now();
    const person = manager.create(Resident, { id: randomUUID(), tenantId: context.tenantId, name: payload.visitorName.trim(), phone: payload.visitorPhone.trim(), createdAt: now });
    const registration = manager.create(ReceptionRegistration, {
      id: randomUUID(),
      tenantId: context.tenantId,
      receptionId: day.id,
      residentId: person.id,
      topic: payload.topic.trim(),
      categoryCode: payload.categoryCode || null,
      tags: (payload.tags ?? []).map((tag) => tag.trim()).filter(Boolean),
      matchedDeputyIds: [],
      registeredBy: context.userId,
      registeredAt: now,
    });
    await manager.insert(Resident, person);
    await manager.insert(ReceptionRegistration, registration);
    await this.advance(manager, context, day, 'register-visitor', EventTypes.ReceptionVisitorRegistered, { registrationId: registration.id, residentId: person.id });
    return { id: registration.id, receptionId: day.id, topic: registration.topic, categoryCode: registration.categoryCode, tags: registration.tags };
  }

  /** Step 3: who of the team fits each registered topic (a suggestion; nothing is stored). */
  async preparation(manager: EntityManager, context: ActorContext, id: string) {
    assertDistrictReader(context, 'preparing a reception day');
    const day = await this.plans.findDay(manager, context, id);
    return this.suggest(manager, context, day);
  }

  /** Step 3, confirmed: the suggestion recorded on each registration. */
  async prepare(manager: EntityManager, context: ActorContext, id: string) {
    const day = await this.forStep(manager, context, id, 'prepare');
    const { matches } = await this.suggest(manager, context, day);
    for (const match of matches) {
      await manager.update(ReceptionRegistration, { id: match.registrationId, tenantId: context.tenantId }, { matchedDeputyIds: match.suggested });
    }
    day.preparedAt = this.clock.now();
    await this.advance(manager, context, day, 'prepare', EventTypes.ReceptionPrepared, {
      matches: matches.map((match) => ({ registrationId: match.registrationId, deputyIds: match.suggested })),
    });
    return { receptionId: day.id, matches };
  }

  /**
   * Step 4: the reception took place on a date of the plan; every resident received and every
   * issue recorded. Fewer than three residents is a warning in the answer, not a refusal.
   */
  async hold(manager: EntityManager, context: ActorContext, payload: HoldReceptionPayload, reference: DistrictReferenceResult) {
    assertValidReception(payload, reference);
    const plan = isUuid(payload.planId) ? await manager.findOneBy(ReceptionPlan, { id: payload.planId, tenantId: context.tenantId }) : null;
    if (!plan) throw new NotFound('reception plan', payload.planId);
    const day = await manager.findOne(ReceptionDay, { where: { tenantId: context.tenantId, planId: plan.id, date: payload.date }, lock: { mode: 'pessimistic_write' } });
    if (!day) {
      throw new CivicError(409, 'conflict', `reception-on-a-planned-date: ${payload.date} is not a reception day of ${plan.streetUnitCode}'s ${plan.year} plan`, {
        rule: 'reception-on-a-planned-date',
        date: payload.date,
      });
    }
    await this.assertMayHold(manager, context, day);
    if (daysBetween(this.plans.today(), day.date) > 0) {
      throw new CivicError(409, 'conflict', `reception-recorded-on-its-day: ${day.date} has not come yet`, { rule: 'reception-recorded-on-its-day', date: day.date });
    }
    nextDayState(day.state, 'hold');
    const present = payload.presentDeputyIds ?? day.teamDeputyIds;
    const strangers = present.filter((id) => !day.teamDeputyIds.includes(id));
    if (present.length === 0 || strangers.length > 0) {
      throw new ValidationFailed([{ field: 'presentDeputyIds', reason: present.length === 0 ? 'at least one deputy of the team received residents' : `not on the day's team: ${strangers.join(', ')}` }]);
    }
    const registrations = await manager.findBy(ReceptionRegistration, { tenantId: context.tenantId, receptionId: day.id });
    const now = this.clock.now();
    const people: Resident[] = [];
    const issues: ReceptionIssue[] = [];
    for (const [i, received] of payload.residents.entries()) {
      let residentId: string;
      const registration = received.registrationId ? registrations.find((r) => r.id === received.registrationId) : undefined;
      if (received.registrationId) {
        if (!registration) throw new ValidationFailed([{ field: `residents[${i}].registrationId`, reason: 'no such registration for this reception day' }]);
        residentId = registration.residentId;
      } else {
        const person = manager.create(Resident, { id: randomUUID(), tenantId: context.tenantId, name: received.name!.trim(), phone: received.phone!.trim(), createdAt: now });
        people.push(person);
        residentId = person.id;
      }
      for (const issue of received.issues) {
        issues.push(
          manager.create(ReceptionIssue, {
            id: randomUUID(),
            tenantId: context.tenantId,
            receptionId: day.id,
            residentId,
            registrationId: registration?.id ?? null,
            deputyIds: present,
            type: issue.type,
            categoryCode: issue.categoryCode,
            areaCode: issue.areaCode,
            address: issue.address.trim(),
            description: issue.description.trim(),
            solvedOnSite: issue.solvedOnSite === true,
            onSiteAnswer: issue.solvedOnSite ? issue.onSiteAnswer!.trim() : null,
            requestId: null,
            typical: false,
            typicalNote: null,
            recordedBy: context.userId,
            recordedAt: now,
          }),
        );
      }
    }
    if (people.length > 0) await manager.insert(Resident, people);
    if (issues.length > 0) await manager.insert(ReceptionIssue, issues);
    Object.assign(day, { heldAt: now, presentDeputyIds: present, residentsReceived: payload.residents.length });
    await this.advance(manager, context, day, 'hold', EventTypes.ReceptionHeld, {
      deputyIds: present,
      residents: payload.residents.length,
      issueIds: issues.map((issue) => issue.id),
    });
    // The issues in the order they were given, so the caller can tell which is which.
    return { ...(await this.get(manager, context, day.id)), issueIds: issues.map((issue) => issue.id), warnings: receptionWarnings(payload.residents.length) };
  }

  /** Step 8: archived once every issue was answered on the spot or sent on by a work letter. */
  async archive(manager: EntityManager, context: ActorContext, id: string) {
    const day = await this.forStep(manager, context, id, 'archive');
    const pending: Array<{ id: string }> = await manager.query(
      `select i.id from intake.reception_issues i
        where i.tenant_id = $1 and i.reception_id = $2 and not i.solved_on_site
          and not exists (select 1 from intake.work_letters l where l.issue_id = i.id)`,
      [context.tenantId, day.id],
    );
    if (pending.length > 0) {
      throw new CivicError(409, 'conflict', `archive-after-every-letter: ${pending.length} issue(s) still need a work letter or an answer on the spot`, {
        rule: 'archive-after-every-letter',
        issueIds: pending.map((row) => row.id),
      });
    }
    day.archivedAt = this.clock.now();
    await this.advance(manager, context, day, 'archive', EventTypes.ReceptionArchived, {});
    return this.get(manager, context, id);
  }

  private async forStep(manager: EntityManager, context: ActorContext, id: string, action: ReceptionDayAction): Promise<ReceptionDay> {
    assertOrganiser(context, `the step "${action}"`);
    const day = await this.plans.findDay(manager, context, id, true);
    assertActsForStreet(context, day.streetUnitCode);
    nextDayState(day.state, action);
    return day;
  }

  /** The organisers of the street, or a deputy of the day's team, record the reception. */
  private async assertMayHold(manager: EntityManager, context: ActorContext, day: ReceptionDay): Promise<void> {
    if (context.roles.includes('deputy')) {
      const own = await this.deputies.ownIds(manager, context);
      if (own.some((id) => day.teamDeputyIds.includes(id))) return;
    }
    if (!context.roles.includes('liaison') && !context.roles.includes('district-admin')) throw new Forbidden('a reception is recorded by the street liaison, a district admin or a deputy of its team');
    assertActsForStreet(context, day.streetUnitCode);
  }

  private async suggest(manager: EntityManager, context: ActorContext, day: ReceptionDay) {
    const team = await this.deputies.byIds(manager, context, day.teamDeputyIds);
    const registrations = await manager.find(ReceptionRegistration, { where: { tenantId: context.tenantId, receptionId: day.id }, order: { registeredAt: 'ASC' } });
    const matches = matchTeamToTopics(
      team.map((deputy) => ({ id: deputy.id, name: deputy.name, expertise: deputy.expertise, inSystem: deputy.inSystem })),
      registrations.map((registration) => ({ id: registration.id, categoryCode: registration.categoryCode, tags: registration.tags })),
    );
    return {
      receptionId: day.id,
      matches: matches.map((match) => ({ registrationId: match.topicId, topic: registrations.find((r) => r.id === match.topicId)!.topic, suggested: match.suggested, reason: match.reason })),
    };
  }

  private async advance(manager: EntityManager, context: ActorContext, day: ReceptionDay, action: ReceptionDayAction, type: string, data: Partial<ReceptionStepRecorded>) {
    day.state = nextDayState(day.state, action);
    day.version += 1;
    await manager.save(day);
    await this.outbox.append(manager, [
      newEvent<ReceptionStepRecorded>(
        { type, aggregateId: day.id, aggregateVersion: day.version, data: { receptionId: day.id, planId: day.planId, streetUnitCode: day.streetUnitCode, date: day.date, ...data } },
        context,
        this.clock,
      ),
    ]);
  }
}
