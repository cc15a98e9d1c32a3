import type { FieldProblem } from '@civicloop/contracts';

/** A catalogue rule as an admin sends it, before it is stored. */
export interface CatalogueRuleDraft {
  categoryCode: string;
  areaCode: string | null;
  leadUnitCode: string;
  coHandlerCodes: readonly string[];
  priority: number;
}

/** The district's codes a rule may name; another district's codes are simply not here. */
export interface KnownCodes {
  categories: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  units: ReadonlySet<string>;
}

/** Every reason the draft cannot be stored, each naming its field. */
export function catalogueRuleProblems(draft: CatalogueRuleDraft, known: KnownCodes): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!known.categories.has(draft.categoryCode)) problems.push({ field: 'categoryCode', reason: `no category "${draft.categoryCode}" in this district` });
  if (draft.areaCode !== null && !known.areas.has(draft.areaCode)) problems.push({ field: 'areaCode', reason: `no area "${draft.areaCode}" in this district` });
  problems.push(...handlingUnitsProblems(draft.leadUnitCode, 'leadUnitCode', draft.coHandlerCodes, known.units));
  if (!Number.isInteger(draft.priority)) problems.push({ field: 'priority', reason: 'an integer' });
  return problems;
}

/**
 * 首接负责, 吹哨报到: a lead and its co-handlers must be units of this district, the lead not among its
 * co-handlers, each co-handler named once — in a catalogue rule and in a dispatcher's dispatch alike.
 */
export function handlingUnitsProblems(leadUnitCode: string, leadField: string, coHandlerCodes: readonly string[], units: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!units.has(leadUnitCode)) problems.push({ field: leadField, reason: `no unit "${leadUnitCode}" in this district` });
  const unknown = coHandlerCodes.filter((code) => !units.has(code));
  if (unknown.length > 0) problems.push({ field: 'coHandlerCodes', reason: `no unit ${unknown.map((code) => `"${code}"`).join(', ')} in this district` });
  if (coHandlerCodes.includes(leadUnitCode)) problems.push({ field: 'coHandlerCodes', reason: 'the lead unit cannot also be a co-handler' });
  if (new Set(coHandlerCodes).size !== coHandlerCodes.length) problems.push({ field: 'coHandlerCodes', reason: 'each co-handler once' });
  return problems;
}
