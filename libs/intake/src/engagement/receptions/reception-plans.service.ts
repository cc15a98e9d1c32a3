import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, DEFAULT_TIME_ZONE, localDate, type Clock } from '@civicloop/clock';
import {
  CivicError,
  EventTypes,
  isUuid,
  NotFound,
  ValidationFailed,
  type ActorContext,
  type DistrictReferenceResult,
  type FieldProblem,
  type ListReceptionsPayload,
  type PlanReceptionsPayload,
  type ReceptionsPlanned,
} from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { DeputiesService } from '../deputies/deputies.service';
import { Deputy } from '../deputies/deputy.entity';
import { assertActsForStreet, assertDistrictReader, assertOrganiser } from '../rules/engagement-access';
import { validPlanInput } from '../rules/plan-input';
import { datesOfYear } from '../rules/recurrence';
import { allowedDayActions } from '../rules/reception-day-workflow';
import { teamProblems } from '../rules/team-composition';
import { ReceptionDay, ReceptionPlan } from './reception-day.entity';

/** Step 1 (年度计划) and the reads of plans and days, including the public list of announced days. */
@Injectable()
export class ReceptionPlansService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly deputies: DeputiesService,
  ) {}

  today(): string {
    return localDate(this.clock.now(), DEFAULT_TIME_ZONE);
  }

  async plan(manager: EntityManager, context: ActorContext, payload: PlanReceptionsPayload, reference: DistrictReferenceResult) {
    assertOrganiser(context, 'planning reception days');
    const { rule, fromMonth } = validPlanInput(payload, reference);
    assertActsForStreet(context, payload.streetUnitCode);
    const teams = await this.validTeams(manager, context, payload);
    const existing = await manager.findOneBy(ReceptionPlan, { tenantId: context.tenantId, streetUnitCode: payload.streetUnitCode, year: payload.year });
    if (existing) {
      throw new CivicError(409, 'conflict', `one-plan-per-street-and-year: ${payload.streetUnitCode} already has a plan for ${payload.year} (${existing.id})`, {
        rule: 'one-plan-per-street-and-year',
        planId: existing.id,
      });
    }
    const now = this.clock.now();
    const plan = manager.create(ReceptionPlan, {
      id: randomUUID(),
      tenantId: context.tenantId,
      streetUnitCode: payload.streetUnitCode,
      year: payload.year,
      rule,
      composition: payload.composition,
      communityAreaCodes: payload.communityAreaCodes,
      createdBy: context.userId,
      createdAt: now,
    });
    const dates = datesOfYear(rule, payload.year, fromMonth);
    const days = dates.map((date, i) =>
      manager.create(ReceptionDay, {
        id: randomUUID(),
        tenantId: context.tenantId,
        planId: plan.id,
        streetUnitCode: plan.streetUnitCode,
        date,
        placeAreaCode: payload.communityAreaCodes[i % payload.communityAreaCodes.length],
        teamDeputyIds: teams[i % teams.length],
        state: 'planned' as const,
        announcedAt: null,
        preparedAt: null,
        heldAt: null,
        presentDeputyIds: null,
        residentsReceived: null,
        archivedAt: null,
        version: 1,
      }),
    );
    await manager.insert(ReceptionPlan, plan);
    if (days.length > 0) await manager.insert(ReceptionDay, days);
    await this.outbox.append(manager, [
      newEvent<ReceptionsPlanned>(
        { type: EventTypes.ReceptionsPlanned, aggregateId: plan.id, aggregateVersion: 1, data: { planId: plan.id, streetUnitCode: plan.streetUnitCode, year: plan.year, dates } },
        context,
        this.clock,
      ),
    ]);
    return this.planView(manager, context, plan);
  }

  async getPlan(manager: EntityManager, context: ActorContext, id: string) {
    assertDistrictReader(context, 'reading a reception plan');
    const plan = isUuid(id) ? await manager.findOneBy(ReceptionPlan, { id, tenantId: context.tenantId }) : null;
    if (!plan) throw new NotFound('reception plan', id);
    return this.planView(manager, context, plan);
  }

  async list(manager: EntityManager, context: ActorContext, filter: ListReceptionsPayload) {
    assertDistrictReader(context, 'reading reception days');
    const query = manager.createQueryBuilder(ReceptionDay, 'day').where('day.tenantId = :tenantId', { tenantId: context.tenantId });
    if (filter.street) query.andWhere('day.streetUnitCode = :street', { street: filter.street });
    if (filter.state) query.andWhere('day.state = :state', { state: filter.state });
    if (filter.month) query.andWhere(`to_char(day.date, 'YYYY-MM') = :month`, { month: filter.month });
    const days = await query.orderBy('day.date', 'ASC').limit(500).getMany();
    return this.dayViews(manager, context, days, true);
  }

  /** Step 2, public (no sign-in): the district's announced reception days from today on. */
  async publicList(manager: EntityManager, context: ActorContext) {
    const days = await manager
      .createQueryBuilder(ReceptionDay, 'day')
      .where('day.tenantId = :tenantId', { tenantId: context.tenantId })
      .andWhere(`day.state = 'announced'`)
      .andWhere('day.date >= :today', { today: this.today() })
      .orderBy('day.date', 'ASC')
      .limit(100)
      .getMany();
    return this.dayViews(manager, context, days, false);
  }

  async findDay(manager: EntityManager, context: ActorContext, id: string, lock = false): Promise<ReceptionDay> {
    const day = isUuid(id) ? await manager.findOne(ReceptionDay, { where: { id, tenantId: context.tenantId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) }) : null;
    if (!day) throw new NotFound('reception day', id);
    return day;
  }

  /** Each team by its deputies, checked against the composition rules: 400 naming the team and the rule. */
  private async validTeams(manager: EntityManager, context: ActorContext, payload: PlanReceptionsPayload): Promise<string[][]> {
    const problems: FieldProblem[] = [];
    const teams: string[][] = [];
    for (const [i, team] of payload.teams.entries()) {
      const ids = [...new Set(team?.deputyIds ?? [])];
      const found = await this.deputies.byIds(manager, context, ids);
      const unknown = ids.filter((id) => !found.some((deputy) => deputy.id === id));
      if (unknown.length > 0) {
        problems.push({ field: `teams[${i}].deputyIds`, reason: `no deputy ${unknown.join(', ')} in this district's registry` });
        continue;
      }
      for (const reason of teamProblems(found, payload.composition)) problems.push({ field: `teams[${i}]`, reason });
      teams.push(ids);
    }
    if (problems.length > 0) throw new ValidationFailed(problems);
    return teams;
  }

  private async planView(manager: EntityManager, context: ActorContext, plan: ReceptionPlan) {
    const days = await manager.find(ReceptionDay, { where: { tenantId: context.tenantId, planId: plan.id }, order: { date: 'ASC' } });
    return {
      id: plan.id,
      streetUnitCode: plan.streetUnitCode,
      year: plan.year,
      rule: plan.rule,
      composition: plan.composition,
      communityAreaCodes: plan.communityAreaCodes,
      days: await this.dayViews(manager, context, days, true),
    };
  }

  /** Days with their teams by name and body (public: no contact, no ids of people beyond the deputies). */
  async dayViews(manager: EntityManager, context: ActorContext, days: ReceptionDay[], staff: boolean) {
    const deputies = await this.deputies.byIds(manager, context, [...new Set(days.flatMap((day) => day.teamDeputyIds))]);
    const byId = new Map<string, Deputy>(deputies.map((deputy) => [deputy.id, deputy]));
    return days.map((day) => ({
      id: day.id,
      planId: day.planId,
      streetUnitCode: day.streetUnitCode,
      date: day.date,
      placeAreaCode: day.placeAreaCode,
      team: day.teamDeputyIds.map((id) => byId.get(id)).filter((deputy): deputy is Deputy => deputy !== undefined)
        .map((deputy) => ({ id: deputy.id, name: deputy.name, body: deputy.body, level: deputy.level, profession: deputy.profession })),
      state: day.state,
      ...(staff
        ? {
            announcedAt: day.announcedAt?.toISOString() ?? null,
            heldAt: day.heldAt?.toISOString() ?? null,
            presentDeputyIds: day.presentDeputyIds,
            residentsReceived: day.residentsReceived,
            archivedAt: day.archivedAt?.toISOString() ?? null,
            allowedActions: allowedDayActions(day.state),
            version: day.version,
          }
        : {}),
    }));
  }
}
