import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { ValidationFailed, type ActorContext, type FieldProblem, type UpdateDistrictSettingsPayload } from '@civicloop/contracts';
import { deadlineCategoryCodes, districtRulesProblems, mergeDistrictRules, type DistrictRules } from '@civicloop/dispatch-rules';
import { assertRole } from '../assignments/assignment-visibility';
import { District } from '../districts/district.entity';
import { DistrictRulesService } from '../districts/district-rules.service';
import { Category } from '../reference/category.entity';
import { Unit } from '../reference/unit.entity';
import { AdminAuditService } from './admin-audit.service';

/** The district's rule book (dispatch.districts.rules): what it set itself, and what it works by. */
@Injectable()
export class DistrictSettingsService {
  constructor(
    private readonly rules: DistrictRulesService,
    private readonly audit: AdminAuditService,
  ) {}

  async get(manager: EntityManager, context: ActorContext) {
    assertRole(context, ['district-admin', 'supervisor', 'dispatcher'], 'reading the district’s rule book');
    return this.view(manager, context.tenantId);
  }

  async update(manager: EntityManager, context: ActorContext, payload: UpdateDistrictSettingsPayload) {
    assertRole(context, ['district-admin'], 'changing the district’s rule book');
    const district = await manager.findOne(District, { where: { tenantId: context.tenantId }, lock: { mode: 'pessimistic_write' } });
    if (!district) throw new ValidationFailed([{ field: 'settings', reason: 'this district has not been opened' }]);
    const merged = mergeDistrictRules(district.rules ?? {}, payload.settings ?? {});
    const problems = districtRulesProblems(merged);
    if (problems.length === 0) problems.push(...(await this.unknownCodes(manager, context.tenantId, merged as Partial<DistrictRules>)));
    if (problems.length > 0) throw new ValidationFailed(problems.map((problem) => ({ ...problem, field: `settings.${problem.field}` })));
    const before = district.rules;
    district.rules = merged as Partial<DistrictRules>;
    await manager.save(district);
    await this.audit.record(manager, context, 'district-settings.updated', 'district-settings', before, district.rules);
    return this.view(manager, context.tenantId);
  }

  private async view(manager: EntityManager, tenantId: string) {
    const district = await manager.findOneBy(District, { tenantId });
    return { overrides: district?.rules ?? {}, effective: await this.rules.rulesFor(manager, tenantId) };
  }

  /** Units and categories the rule book names must be this district's own. */
  private async unknownCodes(manager: EntityManager, tenantId: string, rules: Partial<DistrictRules>): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    for (const field of ['fallbackUnitCode', 'supervisingUnitCode'] as const) {
      const code = rules[field];
      if (typeof code === 'string' && !(await manager.existsBy(Unit, { tenantId, code }))) problems.push({ field, reason: `no unit "${code}" in this district` });
    }
    const categoryCodes = deadlineCategoryCodes(rules);
    if (categoryCodes.length > 0) {
      const known = new Set((await manager.findBy(Category, { tenantId, code: In(categoryCodes) })).map((category) => category.code));
      for (const code of categoryCodes.filter((c) => !known.has(c))) problems.push({ field: `deadlinePolicy.byCategory.${code}`, reason: `no category "${code}" in this district` });
    }
    return problems;
  }
}
