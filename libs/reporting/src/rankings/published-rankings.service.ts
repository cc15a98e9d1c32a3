import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, DEFAULT_TIME_ZONE, localMonth, type Clock } from '@civicloop/clock';
import { Forbidden, hasAnyRole, IllegalTransition, type ActorContext, type RankingMonthPayload } from '@civicloop/contracts';
import type { CompositeWeights } from '@civicloop/rates';
import { assessMonth } from '../assessment/assess-month';
import { monthOf } from '../assessment/assessment-input';
import { AssessmentWeightsStore } from '../assessment/assessment-weights.store';
import { RATES_LEVELS } from '../assessment/level-tables';
import type { UnitTree } from '../assessment/unit-tree';
import { visibleUnitsFor } from '../rates/rates-access';
import { canonicalJson } from './canonical-json';

type Snapshot = Awaited<ReturnType<PublishedRankingsService['snapshot']>>;
interface StoredVersion {
  version: number;
  publishedAt: string;
  publishedBy: string;
  reason: string;
  snapshot: Snapshot;
}

/**
 * Published monthly rankings are frozen snapshots (PRODUCT.md): version 1 is what a supervisor
 * published; an exclusion decided later (an accepted appeal, an unreasonable flag) that changes
 * the month publishes a corrected version beside it, never over it.
 */
@Injectable()
export class PublishedRankingsService {
  constructor(
    private readonly weights: AssessmentWeightsStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async publish(manager: EntityManager, context: ActorContext, payload: Partial<RankingMonthPayload> | undefined, tree: UnitTree) {
    if (!hasAnyRole(context, ['supervisor'])) throw new Forbidden('only a supervisor publishes the monthly rankings');
    const month = monthOf(payload?.month);
    const current = localMonth(this.clock.now(), DEFAULT_TIME_ZONE);
    if (month >= current) throw new IllegalTransition(`the ranking of ${month}`, 'not over yet (a month is published once it has ended)', 'publish', []);
    // One publication per month at a time: a concurrent second publish waits here, then sees the first.
    await manager.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${context.tenantId}:ranking:${month}`]);
    const [latest] = await this.versions(manager, context.tenantId, month);
    if (latest) {
      throw new IllegalTransition(`the ranking of ${month}`, `published (version ${latest.version})`, 'publish', ['read the published versions; corrections follow accepted appeals']);
    }
    const snapshot = await this.snapshot(manager, context.tenantId, month, tree, await this.weights.get(manager, context.tenantId));
    return this.store(manager, context, month, 1, '首次发布 / first publication', snapshot);
  }

  async list(manager: EntityManager, context: ActorContext, payload: Partial<RankingMonthPayload> | undefined, tree: UnitTree) {
    const visible = visibleUnitsFor(context, tree);
    const month = monthOf(payload?.month);
    const versions = (await this.versions(manager, context.tenantId, month)).reverse();
    return {
      month,
      versions: versions.map(({ snapshot, ...version }) => ({
        ...version,
        weights: snapshot.weights,
        unit: snapshot.unit.filter((row) => visible(row.code)),
        street: snapshot.street.filter((row) => visible(row.code)),
        district: snapshot.district,
        exclusions: snapshot.exclusions.filter((item) => visible(item.unitCode)),
      })),
    };
  }

  /**
   * After an exclusion on `requestId`: every published month the request counts in gets a corrected
   * version when its tables changed, counted with the weights the month was published with.
   */
  async correctAfterExclusion(manager: EntityManager, context: ActorContext, requestId: string, reason: string, tree: UnitTree): Promise<number[]> {
    const months: Array<{ month: string }> = await manager.query(
      `select month from reporting.assignment_facts where tenant_id = $1 and request_id = $2 and month is not null
       union select month from reporting.request_outcomes where tenant_id = $1 and request_id = $2 order by month`,
      [context.tenantId, requestId],
    );
    const published: number[] = [];
    for (const { month } of months) {
      await manager.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${context.tenantId}:ranking:${month}`]);
      const [latest] = await this.versions(manager, context.tenantId, month);
      if (!latest) continue;
      const fresh = await this.snapshot(manager, context.tenantId, month, tree, latest.snapshot.weights);
      if (canonicalJson(fresh) === canonicalJson(latest.snapshot)) continue;
      await this.store(manager, context, month, latest.version + 1, reason, fresh);
      published.push(latest.version + 1);
    }
    return published;
  }

  private async snapshot(manager: EntityManager, tenantId: string, month: string, tree: UnitTree, weights: CompositeWeights) {
    const frozen = { response: weights.response, resolution: weights.resolution, satisfaction: weights.satisfaction, basicallySatisfiedWeight: weights.basicallySatisfiedWeight };
    const { tables, excluded } = await assessMonth(manager, tenantId, month, tree, frozen, RATES_LEVELS);
    return { weights: frozen, unit: tables.unit, street: tables.street, district: tables.district, exclusions: excluded };
  }

  private async store(manager: EntityManager, context: ActorContext, month: string, version: number, reason: string, snapshot: Snapshot) {
    const publishedAt = this.clock.now().toISOString();
    await manager.query(
      `insert into reporting.published_rankings (tenant_id, month, version, published_at, published_by, reason, snapshot) values ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [context.tenantId, month, version, publishedAt, context.userId, reason, JSON.stringify(snapshot)],
    );
    return { month, version, publishedAt, publishedBy: context.userId, reason };
  }

  /** Newest first. */
  private versions(manager: EntityManager, tenantId: string, month: string): Promise<StoredVersion[]> {
    return manager.query(
      `select version, to_json(published_at) #>> '{}' as "publishedAt", published_by as "publishedBy", reason, snapshot
         from reporting.published_rankings where tenant_id = $1 and month = $2 order by version desc`,
      [tenantId, month],
    );
  }
}
