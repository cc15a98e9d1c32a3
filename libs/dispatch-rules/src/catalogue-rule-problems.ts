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
  if (!known.units.has(draft.leadUnitCode)) problems.push({ field: 'leadUnitCode', reason: `no unit "${draft.leadUnitCode}" in this district` });
  const unknown = draft.coHandlerCodes.filter((code) => !known.units.has(code));
  if (unknown.length > 0) problems.push({ field: 'coHandlerCodes', reason: `no unit ${unknown.map((code) => `"${code}"`).join(', ')} in this district` });
  if (draft.coHandlerCodes.includes(draft.leadUnitCode)) problems.push({ field: 'coHandlerCodes', reason: 'the lead unit cannot also be a co-handler' });
  if (new Set(draft.coHandlerCodes).size !== draft.coHandlerCodes.length) problems.push({ field: 'coHandlerCodes', reason: 'each co-handler once' });
  if (!Number.isInteger(draft.priority)) problems.push({ field: 'priority', reason: 'an integer' });
  return problems;
}
