import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ValidationFailed, type ActorContext, type DryRunCataloguePayload } from '@civicloop/contracts';
import { assertRole } from '../assignments/assignment-visibility';
import { DispatchPlanner } from '../queue/dispatch-planner.service';
import { DistrictReferenceService } from '../reference/district-reference.service';
import { catalogueRuleView } from './catalogue-rule-view';

/**
 * Says where a request of a category and place would go, without registering anything: the lead
 * unit, its co-handlers, the supervising copy and the rule — or the fallback unit (兜底), or the
 * dispatchers' queue with the suggestion and why.
 */
@Injectable()
export class CatalogueDryRunService {
  constructor(
    private readonly planner: DispatchPlanner,
    private readonly reference: DistrictReferenceService,
  ) {}

  async dryRun(manager: EntityManager, context: ActorContext, payload: DryRunCataloguePayload) {
    assertRole(context, ['district-admin', 'dispatcher'], 'trying the dispatch catalogue');
    const { unknown } = await this.reference.lookup(manager, context.tenantId, payload.categoryCode, payload.areaCode);
    if (unknown.length > 0) throw new ValidationFailed(unknown.map((field) => ({ field, reason: `no such ${field === 'areaCode' ? 'area' : 'category'} in this district` })));
    const plan = await this.planner.plan(manager, context.tenantId, payload.categoryCode, payload.areaCode);
    if (plan.kind === 'queue') {
      return {
        outcome: 'queue' as const,
        suggestedUnitCode: plan.suggestedUnitCode,
        why: plan.reason,
        candidates: plan.candidates.map(catalogueRuleView),
      };
    }
    return {
      outcome: plan.reason.kind === 'fallback' ? ('fallback' as const) : ('dispatch' as const),
      leadUnitCode: plan.leadUnitCode,
      coHandlerCodes: [...plan.coHandlerCodes],
      supervisingUnitCode: await this.reference.supervisingUnitFor(manager, context.tenantId, plan.leadUnitCode),
      rule: plan.rule && catalogueRuleView(plan.rule),
      reason: plan.reason,
    };
  }
}
