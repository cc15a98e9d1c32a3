import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, DEFAULT_TIME_ZONE, localDate, type Clock } from '@civicloop/clock';
import type { ActorContext, DistrictReferenceResult } from '@civicloop/contracts';
import { TenantTransactions } from '@civicloop/persistence';
import { OncePerDistrictSeeder } from '../../demo/once-per-district-seeder';
import { carriesDemoTemplate } from '../../knowledge/demo-articles';
import { DistrictReferenceClient } from '../../knowledge/district-reference.client';
import { seedDemoDeliberation } from '../deliberation/demo-deliberation';
import { Deputy } from '../deputies/deputy.entity';
import { datesOfYear } from '../rules/recurrence';
import { ReceptionDay, ReceptionPlan } from '../receptions/reception-day.entity';
import { seedDemoStation } from '../stations/demo-station';
import { DEMO_COMMUNITIES, DEMO_DEPUTIES, DEMO_STREET } from './demo-engagement';

/**
 * Seeds the demo deputies, their liaison station (two points, 2nd and 4th Thursday afternoons, the
 * demo deputy's public link) and a plan for 东华门街道 (the last Thursday of each month, from this
 * month to the year's end, one 两代表一委员 team) and 南池子社区's deliberation (deliberation/demo-deliberation)
 * the first time reception days or deliberation are used in a
 * district carrying the demo template — the knowledge base's pattern (knowledge/demo-knowledge-seeder).
 * The seed mark makes it once per district, across replicas.
 */
@Injectable()
export class DemoEngagementSeeder extends OncePerDistrictSeeder {
  constructor(@Inject(CLOCK) clock: Clock, reference: DistrictReferenceClient, transactions: TenantTransactions) {
    super('demo reception days', clock, reference, transactions);
  }

  protected async isMarked(manager: EntityManager, tenantId: string): Promise<boolean> {
    return (await manager.query(`select 1 from intake.engagement_seeds where tenant_id = $1`, [tenantId])).length > 0;
  }

  protected async markAndSeed(manager: EntityManager, context: ActorContext, reference: DistrictReferenceResult, now: Date): Promise<void> {
    const demo = carriesDemoTemplate(reference) && reference.units.some((unit) => unit.code === DEMO_STREET);
    const inserted: unknown[] = await manager.query(
      `insert into intake.engagement_seeds (tenant_id, deputies, seeded_at) values ($1, $2, $3) on conflict (tenant_id) do nothing returning tenant_id`,
      [context.tenantId, demo ? DEMO_DEPUTIES.length : 0, now],
    );
    if (inserted.length === 0 || !demo) return;
    const deputies = DEMO_DEPUTIES.map((deputy) => manager.create(Deputy, { ...deputy, id: randomUUID(), tenantId: context.tenantId, version: 1, createdAt: now, updatedAt: now }));
    await manager.insert(Deputy, deputies);
    await seedDemoStation(manager, context, deputies, now);
    await seedDemoDeliberation(manager, context.tenantId, reference, now);
    const today = localDate(now, DEFAULT_TIME_ZONE);
    const year = Number(today.slice(0, 4));
    const rule = { kind: 'last-weekday-of-month' as const, weekday: 4 };
    const plan = manager.create(ReceptionPlan, {
      id: randomUUID(),
      tenantId: context.tenantId,
      streetUnitCode: DEMO_STREET,
      year,
      rule,
      composition: 'two-representatives-one-member' as const,
      communityAreaCodes: DEMO_COMMUNITIES,
      createdBy: 'system',
      createdAt: now,
    });
    await manager.insert(ReceptionPlan, plan);
    const dates = datesOfYear(rule, year, Number(today.slice(5, 7)));
    if (dates.length === 0) return;
    await manager.insert(
      ReceptionDay,
      dates.map((date, i) => ({
        id: randomUUID(),
        tenantId: context.tenantId,
        planId: plan.id,
        streetUnitCode: DEMO_STREET,
        date,
        placeAreaCode: DEMO_COMMUNITIES[i % DEMO_COMMUNITIES.length],
        teamDeputyIds: deputies.map((deputy) => deputy.id),
        state: 'planned' as const,
        announcedAt: null,
        preparedAt: null,
        heldAt: null,
        presentDeputyIds: null,
        residentsReceived: null,
        archivedAt: null,
        version: 1,
      })),
    );
  }
}
