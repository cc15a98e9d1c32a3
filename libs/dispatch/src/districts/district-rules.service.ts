import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DistrictRules } from '@civicloop/dispatch-rules';
import { DistrictSnapshotService } from '../reference/district-snapshot.service';

/** The rule book a district works by: its own overrides on top of the published defaults (read-only, from its snapshot). */
@Injectable()
export class DistrictRulesService {
  constructor(private readonly snapshots: DistrictSnapshotService) {}

  async rulesFor(manager: EntityManager, tenantId: string): Promise<DistrictRules> {
    return (await this.snapshots.snapshot(manager, tenantId)).rules;
  }
}
