import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { planDispatch, type DispatchPlan } from '@civicloop/dispatch-rules';
import { DistrictSnapshotService } from '../reference/district-snapshot.service';

/** Where a request of a category and place goes, by the district's catalogue and settings. */
@Injectable()
export class DispatchPlanner {
  constructor(private readonly snapshots: DistrictSnapshotService) {}

  async plan(manager: EntityManager, tenantId: string, categoryCode: string, areaCode: string): Promise<DispatchPlan> {
    const snapshot = await this.snapshots.snapshot(manager, tenantId);
    return planDispatch(snapshot.match(categoryCode, areaCode), { autoDispatch: snapshot.autoDispatch(categoryCode), fallbackUnitCode: snapshot.fallbackUnitCode });
  }
}
