import type { DispatchReason } from '@civicloop/contracts';
import { CatalogueMatch, CatalogueRule } from './catalogue-rule';

/**
 * Where a request goes: straight to a lead unit (and its co-handlers), or to the dispatchers'
 * queue with a suggestion and the reason a person must decide.
 */
export type DispatchPlan =
  | { kind: 'dispatch'; leadUnitCode: string; coHandlerCodes: readonly string[]; reason: DispatchReason; rule: CatalogueRule | null }
  | { kind: 'queue'; suggestedUnitCode: string | null; reason: string; candidates: CatalogueRule[] };

export interface DispatchSettings {
  /** The district chose automatic dispatch for the request's category. */
  autoDispatch: boolean;
  /** The district government's unit that takes what the catalogue does not cover (兜底). */
  fallbackUnitCode: string | null;
}

export const FALLBACK_NOTE = 'no catalogue rule applies; the district government takes it (兜底)';

/**
 * PRODUCT.md, "Dispatch": one unambiguous match in an automatic category goes straight to its
 * units; no match goes to the fallback unit; ties between different handlers, and categories the
 * district dispatches by hand, wait for a dispatcher with the suggestion.
 */
export function planDispatch(match: CatalogueMatch, settings: DispatchSettings): DispatchPlan {
  if (match.kind === 'ambiguous') {
    return {
      kind: 'queue',
      suggestedUnitCode: match.suggested.unitCode,
      reason: `the catalogue names ${match.candidates.length} units`,
      candidates: match.candidates,
    };
  }
  if (!settings.autoDispatch) {
    return {
      kind: 'queue',
      suggestedUnitCode: match.kind === 'unique' ? match.rule.unitCode : settings.fallbackUnitCode,
      reason: 'this category is dispatched by hand',
      candidates: match.kind === 'unique' ? [match.rule] : [],
    };
  }
  if (match.kind === 'unique') {
    const { rule } = match;
    return { kind: 'dispatch', leadUnitCode: rule.unitCode, coHandlerCodes: rule.coHandlerCodes, reason: { kind: 'catalogue', ruleId: rule.id }, rule };
  }
  if (settings.fallbackUnitCode === null) {
    return { kind: 'queue', suggestedUnitCode: null, reason: `${FALLBACK_NOTE}, but the district names no fallback unit`, candidates: [] };
  }
  return { kind: 'dispatch', leadUnitCode: settings.fallbackUnitCode, coHandlerCodes: [], reason: { kind: 'fallback', note: FALLBACK_NOTE }, rule: null };
}
