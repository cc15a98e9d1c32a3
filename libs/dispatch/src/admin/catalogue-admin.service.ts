import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUuid, NotFound, ValidationFailed, type ActorContext, type SaveCatalogueRulePayload } from '@civicloop/contracts';
import { catalogueRuleProblems } from '@civicloop/dispatch-rules';
import { assertRole } from '../assignments/assignment-visibility';
import { Area } from '../reference/area.entity';
import { CatalogueRuleRow } from '../reference/catalogue-rule.entity';
import { Category } from '../reference/category.entity';
import { Unit } from '../reference/unit.entity';
import { AdminAuditService } from './admin-audit.service';
import { catalogueRuleView } from './catalogue-rule-view';

/** A district admin keeps the dispatch catalogue (派单目录): rules that name only this district's codes. */
@Injectable()
export class CatalogueAdminService {
  constructor(private readonly audit: AdminAuditService) {}

  async list(manager: EntityManager, context: ActorContext) {
    assertRole(context, ['district-admin', 'dispatcher', 'supervisor'], 'reading the dispatch catalogue');
    const rules = await manager.find(CatalogueRuleRow, { where: { tenantId: context.tenantId }, order: { categoryCode: 'ASC', areaCode: 'ASC', priority: 'DESC', id: 'ASC' } });
    return rules.map(catalogueRuleView);
  }

  async save(manager: EntityManager, context: ActorContext, payload: SaveCatalogueRulePayload) {
    assertRole(context, ['district-admin'], 'changing the dispatch catalogue');
    const tenantId = context.tenantId;
    const before = payload.id === undefined ? null : await this.load(manager, tenantId, payload.id);
    const problems = catalogueRuleProblems(payload, await this.knownCodes(manager, tenantId, payload));
    if (problems.length > 0) throw new ValidationFailed(problems);
    const row = manager.create(CatalogueRuleRow, {
      id: before?.id ?? randomUUID(),
      tenantId,
      categoryCode: payload.categoryCode,
      areaCode: payload.areaCode,
      unitCode: payload.leadUnitCode,
      coHandlerCodes: [...payload.coHandlerCodes],
      priority: payload.priority,
    });
    await manager.save(row);
    const after = catalogueRuleView(row);
    await this.audit.record(manager, context, before ? 'catalogue-rule.updated' : 'catalogue-rule.created', row.id, before && catalogueRuleView(before), after);
    return after;
  }

  async remove(manager: EntityManager, context: ActorContext, id: string) {
    assertRole(context, ['district-admin'], 'changing the dispatch catalogue');
    const before = await this.load(manager, context.tenantId, id);
    await manager.delete(CatalogueRuleRow, { tenantId: context.tenantId, id });
    await this.audit.record(manager, context, 'catalogue-rule.deleted', id, catalogueRuleView(before), null);
    return { id, deleted: true };
  }

  private async load(manager: EntityManager, tenantId: string, id: string): Promise<CatalogueRuleRow> {
    const rule = isUuid(id) ? await manager.findOne(CatalogueRuleRow, { where: { tenantId, id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!rule) throw new NotFound('catalogue rule', id);
    return rule;
  }

  /** Only the codes the rule names, looked up in this district: another district's code is simply unknown. */
  private async knownCodes(manager: EntityManager, tenantId: string, payload: SaveCatalogueRulePayload) {
    const unitCodes = [payload.leadUnitCode, ...payload.coHandlerCodes];
    const [categories, areas, units] = await Promise.all([
      manager.findBy(Category, { tenantId, code: payload.categoryCode }),
      payload.areaCode === null ? Promise.resolve([]) : manager.findBy(Area, { tenantId, code: payload.areaCode }),
      manager.find(Unit, { where: unitCodes.map((code) => ({ tenantId, code })) }),
    ]);
    const codes = (rows: Array<{ code: string }>) => new Set(rows.map((row) => row.code));
    return { categories: codes(categories), areas: codes(areas), units: codes(units) };
  }
}
