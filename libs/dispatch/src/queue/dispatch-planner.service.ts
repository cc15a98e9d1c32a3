import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { planDispatch, type DispatchPlan } from '@civicloop/dispatch-rules';
import { DistrictReferenceService } from '../reference/district-reference.service';

/** Where a request of a category and place goes, by the district's catalogue and settings. */
@Injectable()
export class DispatchPlanner {
  constructor(private readonly reference: DistrictReferenceService) {}

  async plan(manager: EntityManager, tenantId: string, categoryCode: string, areaCode: string): Promise<DispatchPlan> {
    const match = await this.reference.match(manager, tenantId, categoryCode, areaCode);
    const autoDispatch = await this.reference.autoDispatch(manager, tenantId, categoryCode);
    const fallbackUnitCode = await this.reference.fallbackUnit(manager, tenantId);
    return planDispatch(match, { autoDispatch, fallbackUnitCode });
  }
}
