import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE } from '@civicloop/clock';
import { isValidTenantId, ValidationFailed, type ProvisionDistrictPayload } from '@civicloop/contracts';
import { CHINA_2026 } from '@civicloop/working-calendar';
import { Area } from '../reference/area.entity';
import { CatalogueRuleRow } from '../reference/catalogue-rule.entity';
import { Category } from '../reference/category.entity';
import { Unit } from '../reference/unit.entity';
import { CalendarYearRow } from './calendar-year.entity';
import { DEMO_AREAS, DEMO_CATEGORIES, DEMO_RULES, DEMO_UNITS } from './demo-district';
import { District } from './district.entity';

/** Opens a district (a tenant), optionally with the demonstration district's reference data. */
@Injectable()
export class ProvisionDistrictService {
  async provision(manager: EntityManager, payload: ProvisionDistrictPayload): Promise<{ tenantId: string; created: boolean }> {
    const tenantId = payload.tenantId;
    if (!isValidTenantId(tenantId)) {
      throw new ValidationFailed([{ field: 'tenantId', reason: 'use 2–63 lowercase letters, digits or dashes, starting with a letter or digit' }]);
    }
    if (await manager.existsBy(District, { tenantId })) return { tenantId, created: false };
    await manager.insert(District, { tenantId, name: payload.name, timeZone: DEFAULT_TIME_ZONE, rules: {} });
    // Only official schedules: 2027 is added once the State Council publishes it.
    await manager.insert(CalendarYearRow, {
      tenantId,
      year: CHINA_2026.year,
      holidays: [...CHINA_2026.holidays],
      makeUpWorkdays: [...CHINA_2026.makeUpWorkdays],
      source: CHINA_2026.source,
    });
    if (payload.template === 'demo') {
      await manager.insert(Unit, DEMO_UNITS.map((unit) => ({ ...unit, tenantId })));
      await manager.insert(Area, DEMO_AREAS.map((area) => ({ ...area, tenantId })));
      await manager.insert(Category, DEMO_CATEGORIES.map((category) => ({ ...category, tenantId })));
      await manager.insert(CatalogueRuleRow, DEMO_RULES.map((rule) => ({ coHandlerCodes: [], ...rule, id: randomUUID(), tenantId })));
    }
    return { tenantId, created: true };
  }
}
