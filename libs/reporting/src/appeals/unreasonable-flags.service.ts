import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import {
  EventTypes,
  Forbidden,
  hasAnyRole,
  IllegalTransition,
  NotFound,
  type ActorContext,
  type FlagUnreasonablePayload,
  type OrderFlaggedUnreasonable,
} from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { knownIdShape, textOf } from '../assessment/assessment-input';
import type { UnitTree } from '../assessment/unit-tree';
import { PublishedRankingsService } from '../rankings/published-rankings.service';

/** 恶意/无理: a supervisor keeps an order out of the three rates of every unit, with the reason. */
@Injectable()
export class UnreasonableFlagsService {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly rankings: PublishedRankingsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async flag(manager: EntityManager, context: ActorContext, payload: Partial<FlagUnreasonablePayload> | undefined, tree: UnitTree) {
    if (!hasAnyRole(context, ['supervisor'])) throw new Forbidden('only a supervisor flags an order as unreasonable');
    const requestId = knownIdShape('request', payload?.requestId);
    const reason = textOf(payload?.reason, 'reason');
    // Reporting knows a request once it was dispatched or called back; anything else has nothing to exclude.
    const [known] = await manager.query(
      `select 1 from reporting.assignment_facts where tenant_id = $1 and request_id = $2 and dispatched_at is not null
       union all select 1 from reporting.request_outcomes where tenant_id = $1 and request_id = $2 limit 1`,
      [context.tenantId, requestId],
    );
    if (!known) throw new NotFound('request', requestId);
    const [existing] = await manager.query(`select reason from reporting.unreasonable_flags where tenant_id = $1 and request_id = $2`, [context.tenantId, requestId]);
    if (existing) throw new IllegalTransition(`request ${requestId}`, 'flagged unreasonable', 'flag-unreasonable', []);

    const flaggedAt = this.clock.now().toISOString();
    await manager.query(`insert into reporting.unreasonable_flags (tenant_id, request_id, reason, flagged_by, flagged_at) values ($1, $2, $3, $4, $5)`, [
      context.tenantId,
      requestId,
      reason,
      context.userId,
      flaggedAt,
    ]);
    const data: OrderFlaggedUnreasonable = { requestId, reason };
    await this.outbox.append(manager, [newEvent({ type: EventTypes.OrderFlaggedUnreasonable, aggregateId: requestId, aggregateVersion: 1, data }, context, this.clock)]);
    const correctedRankingVersions = await this.rankings.correctAfterExclusion(manager, context, requestId, `无理诉求核减 / flagged unreasonable: ${reason}`, tree);
    return { requestId, reason, flaggedBy: context.userId, flaggedAt, correctedRankingVersions };
  }
}
