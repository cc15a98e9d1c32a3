import { catalogueRuleProblems, CatalogueRuleDraft, KnownCodes } from './catalogue-rule-problems';

const known: KnownCodes = {
  categories: new Set(['noise', 'drainage']),
  areas: new Set(['district', 'S1']),
  units: new Set(['street-S1', 'city-management', 'water']),
};
const draft = (overrides: Partial<CatalogueRuleDraft> = {}): CatalogueRuleDraft => ({
  categoryCode: 'noise',
  areaCode: 'S1',
  leadUnitCode: 'street-S1',
  coHandlerCodes: ['city-management'],
  priority: 0,
  ...overrides,
});
const fieldsOf = (overrides: Partial<CatalogueRuleDraft>) => catalogueRuleProblems(draft(overrides), known).map((p) => p.field);

describe('a catalogue rule an admin saves', () => {
  it('is accepted when it names this district’s category, area and units', () => {
    expect(catalogueRuleProblems(draft(), known)).toEqual([]);
    expect(catalogueRuleProblems(draft({ areaCode: null, coHandlerCodes: [] }), known)).toEqual([]);
  });

  it('is refused for an unknown category or area', () => {
    expect(fieldsOf({ categoryCode: 'no.such' })).toEqual(['categoryCode']);
    expect(fieldsOf({ areaCode: 'S9' })).toEqual(['areaCode']);
  });

  it('is refused when the lead or a co-handler is not a unit of this district', () => {
    expect(fieldsOf({ leadUnitCode: 'other-district-street' })).toEqual(['leadUnitCode']);
    expect(catalogueRuleProblems(draft({ coHandlerCodes: ['water', 'x', 'y'] }), known)).toEqual([
      { field: 'coHandlerCodes', reason: 'no unit "x", "y" in this district' },
    ]);
  });

  it('is refused when the lead is also a co-handler, or a co-handler is named twice', () => {
    expect(fieldsOf({ coHandlerCodes: ['street-S1'] })).toEqual(['coHandlerCodes']);
    expect(fieldsOf({ coHandlerCodes: ['water', 'water'] })).toEqual(['coHandlerCodes']);
  });

  it('is refused with a priority that is not an integer', () => {
    expect(fieldsOf({ priority: 1.5 })).toEqual(['priority']);
  });
});
