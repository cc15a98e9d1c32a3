import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CatalogueMatch } from '@civicloop/dispatch-rules';
import type { DistrictReferenceResult, LookupReferenceResult } from '@civicloop/contracts';
import { DistrictSnapshotService } from './district-snapshot.service';

/**
 * The district's configuration as dispatch reads it: categories, areas, units and the catalogue,
 * from the district's snapshot (one version check per transaction, see DistrictSnapshotService).
 */
@Injectable()
export class DistrictReferenceService {
  constructor(private readonly snapshots: DistrictSnapshotService) {}

  /** What every signed-in user of the district may read: the pickers' categories and areas, and the units' names. */
  async all(manager: EntityManager, tenantId: string): Promise<DistrictReferenceResult> {
    return (await this.snapshots.snapshot(manager, tenantId)).view();
  }

  async lookup(manager: EntityManager, tenantId: string, categoryCode: string, areaCode: string): Promise<LookupReferenceResult> {
    const snapshot = await this.snapshots.snapshot(manager, tenantId);
    const unknown: LookupReferenceResult['unknown'] = [];
    if (!snapshot.hasCategory(categoryCode)) unknown.push('categoryCode');
    if (!snapshot.hasArea(areaCode)) unknown.push('areaCode');
    return { unknown };
  }

  async match(manager: EntityManager, tenantId: string, categoryCode: string, areaCode: string): Promise<CatalogueMatch> {
    return (await this.snapshots.snapshot(manager, tenantId)).match(categoryCode, areaCode);
  }

  /** Whether the district dispatches this category automatically when the catalogue is unambiguous. */
  async autoDispatch(manager: EntityManager, tenantId: string, categoryCode: string): Promise<boolean> {
    return (await this.snapshots.snapshot(manager, tenantId)).autoDispatch(categoryCode);
  }

  /** The codes of the district's units (read-only: shared with every reader of this version). */
  async unitCodes(manager: EntityManager, tenantId: string): Promise<ReadonlySet<string>> {
    return (await this.snapshots.snapshot(manager, tenantId)).unitCodes;
  }

  async unitExists(manager: EntityManager, tenantId: string, unitCode: string): Promise<boolean> {
    return (await this.snapshots.snapshot(manager, tenantId)).hasUnit(unitCode);
  }

  /** The district government's unit that takes what the catalogue does not cover (兜底). */
  async fallbackUnit(manager: EntityManager, tenantId: string): Promise<string | null> {
    return (await this.snapshots.snapshot(manager, tenantId)).fallbackUnitCode;
  }

  /** The unit copied to supervise an order whose lead is `leadUnitCode` (a street's orders copy the district). */
  async supervisingUnitFor(manager: EntityManager, tenantId: string, leadUnitCode: string): Promise<string | null> {
    return (await this.snapshots.snapshot(manager, tenantId)).supervisingUnitFor(leadUnitCode);
  }
}
