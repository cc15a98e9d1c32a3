import { ancestorDistances } from './ancestor-distances';
import { CatalogueMatch, CatalogueRule, TreeNode } from './catalogue-rule';

export interface CatalogueQuery {
  rules: CatalogueRule[];
  categories: TreeNode[];
  areas: TreeNode[];
  categoryCode: string;
  areaCode: string;
}

interface Scored {
  rule: CatalogueRule;
  categoryDistance: number;
  /** A rule for anywhere in the district is less specific than a rule for any named area. */
  areaDistance: number;
}

/** Most specific first: nearer category, then nearer area, then higher priority. */
function compareSpecificity(a: Scored, b: Scored): number {
  return (
    ascending(a.categoryDistance, b.categoryDistance) ||
    ascending(a.areaDistance, b.areaDistance) ||
    ascending(b.rule.priority, a.rule.priority)
  );
}

/** Comparison without subtraction, which gives NaN for two infinite area distances. */
function ascending<T extends number | string>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const byId = (a: CatalogueRule, b: CatalogueRule) => ascending(a.id, b.id);

/** Rules that send a request to the same lead with the same co-handlers agree with each other. */
const handlersOf = (rule: CatalogueRule) => [rule.unitCode, ...[...rule.coHandlerCodes].sort()].join('\u0000');

/**
 * Finds the unit for a request of `categoryCode` in `areaCode`. Only a tie between different
 * handlers (lead or co-handlers) is ambiguous; rules that tie but name the same handlers agree,
 * so dispatch can go ahead.
 */
export function matchCatalogue(input: CatalogueQuery): CatalogueMatch {
  const categoryDistances = ancestorDistances('category', input.categories, input.categoryCode);
  const areaDistances = ancestorDistances('area', input.areas, input.areaCode);

  const applicable: Scored[] = [];
  for (const rule of input.rules) {
    const categoryDistance = categoryDistances.get(rule.categoryCode);
    const areaDistance = rule.areaCode === null ? Number.POSITIVE_INFINITY : areaDistances.get(rule.areaCode);
    if (categoryDistance !== undefined && areaDistance !== undefined) {
      applicable.push({ rule, categoryDistance, areaDistance });
    }
  }
  if (applicable.length === 0) return { kind: 'none' };

  applicable.sort(compareSpecificity);
  const best = applicable
    .filter((scored) => compareSpecificity(scored, applicable[0]) === 0)
    .map((scored) => scored.rule)
    .sort(byId);
  const handlers = new Set(best.map(handlersOf));
  if (handlers.size === 1) return { kind: 'unique', rule: best[0] };
  return { kind: 'ambiguous', candidates: best, suggested: best[0] };
}
