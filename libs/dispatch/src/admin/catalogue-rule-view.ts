import type { CatalogueRule } from '@civicloop/dispatch-rules';

/** A catalogue rule as admins read and write it: the lead unit and its co-handlers by name of role. */
export function catalogueRuleView(rule: CatalogueRule) {
  return {
    id: rule.id,
    categoryCode: rule.categoryCode,
    areaCode: rule.areaCode,
    leadUnitCode: rule.unitCode,
    coHandlerCodes: [...rule.coHandlerCodes],
    priority: rule.priority,
  };
}
