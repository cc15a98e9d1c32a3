import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { districtRules, type DistrictRules } from '@civicloop/dispatch-rules';
import { District } from './district.entity';

/** The rule book a district works by: its own overrides on top of the published defaults. */
@Injectable()
export class DistrictRulesService {
  async rulesFor(manager: EntityManager, tenantId: string): Promise<DistrictRules> {
    const district = await manager.findOneBy(District, { tenantId });
    return districtRules(district?.rules);
  }
}
