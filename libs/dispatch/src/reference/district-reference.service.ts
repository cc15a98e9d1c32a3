import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CatalogueMatch } from '@civicloop/dispatch-rules';
import { matchCatalogue, supervisingUnitFor } from '@civicloop/dispatch-rules';
import type { DistrictReferenceResult, LookupReferenceResult } from '@civicloop/contracts';
import { DistrictRulesService } from '../districts/district-rules.service';
import { Area } from './area.entity';
import { CatalogueRuleRow } from './catalogue-rule.entity';
import { Category } from './category.entity';
import { Unit } from './unit.entity';

/** The district's configuration as dispatch reads it: categories, areas, units and the catalogue. */
@Injectable()
export class DistrictReferenceService {
  constructor(private readonly rules: DistrictRulesService) {}

  /** What every signed-in user of the district may read: the pickers' categories and areas, and the units' names. */
  async all(manager: EntityManager, tenantId: string): Promise<DistrictReferenceResult> {
    const [categories, areas, units] = await Promise.all([
      manager.find(Category, { where: { tenantId }, order: { code: 'ASC' } }),
      manager.find(Area, { where: { tenantId }, order: { code: 'ASC' } }),
      manager.find(Unit, { where: { tenantId }, order: { code: 'ASC' } }),
    ]);
    return {
      categories: categories.map(({ code, name, parentCode }) => ({ code, name, parentCode })),
      areas: areas.map(({ code, name, parentCode }) => ({ code, name, parentCode })),
      units: units.map(({ code, name, kind, parentCode }) => ({ code, name, kind, parentCode })),
    };
  }

  async lookup(manager: EntityManager, tenantId: string, categoryCode: string, areaCode: string): Promise<LookupReferenceResult> {
    const [category, area] = await Promise.all([
      manager.existsBy(Category, { tenantId, code: categoryCode }),
      manager.existsBy(Area, { tenantId, code: areaCode }),
    ]);
    const unknown: LookupReferenceResult['unknown'] = [];
    if (!category) unknown.push('categoryCode');
    if (!area) unknown.push('areaCode');
    return { unknown };
  }

  async match(manager: EntityManager, tenantId: string, categoryCode: string, areaCode: string): Promise<CatalogueMatch> {
    const [rules, categories, areas] = await Promise.all([
      manager.findBy(CatalogueRuleRow, { tenantId }),
      manager.findBy(Category, { tenantId }),
      manager.findBy(Area, { tenantId }),
    ]);
    return matchCatalogue({ rules, categories, areas, categoryCode, areaCode });
  }

  /** Whether the district dispatches this category automatically when the catalogue is unambiguous. */
  async autoDispatch(manager: EntityManager, tenantId: string, categoryCode: string): Promise<boolean> {
    const category = await manager.findOneBy(Category, { tenantId, code: categoryCode });
    return category?.autoDispatch ?? false;
  }

  /** The codes of the district's units, in one query. */
  async unitCodes(manager: EntityManager, tenantId: string): Promise<Set<string>> {
    return new Set((await manager.find(Unit, { where: { tenantId }, select: { code: true } })).map((unit) => unit.code));
  }

  async unitExists(manager: EntityManager, tenantId: string, unitCode: string): Promise<boolean> {
    return manager.existsBy(Unit, { tenantId, code: unitCode });
  }

  /** The district government's unit that takes what the catalogue does not cover (兜底). */
  async fallbackUnit(manager: EntityManager, tenantId: string): Promise<string | null> {
    const { fallbackUnitCode } = await this.rules.rulesFor(manager, tenantId);
    return fallbackUnitCode ?? (await this.districtUnit(manager, tenantId));
  }

  /** The unit copied to supervise an order whose lead is `leadUnitCode` (a street's orders copy the district). */
  async supervisingUnitFor(manager: EntityManager, tenantId: string, leadUnitCode: string): Promise<string | null> {
    const lead = await manager.findOneBy(Unit, { tenantId, code: leadUnitCode });
    if (lead?.kind !== 'street') return null;
    const { supervisingUnitCode } = await this.rules.rulesFor(manager, tenantId);
    return supervisingUnitFor(lead.kind, supervisingUnitCode ?? (await this.districtUnit(manager, tenantId)));
  }

  /** The district government (the unit of kind "district"), the default for fallback and supervision. */
  private async districtUnit(manager: EntityManager, tenantId: string): Promise<string | null> {
    const district = await manager.findOne(Unit, { where: { tenantId, kind: 'district' }, order: { code: 'ASC' } });
    return district?.code ?? null;
  }
}
