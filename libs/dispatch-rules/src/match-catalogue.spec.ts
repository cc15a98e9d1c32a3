import { CatalogueRule } from './catalogue-rule';
import { AREAS, CATEGORIES } from './catalogue-trees.fixture';
import { matchCatalogue } from './match-catalogue';

const rule = (id: string, categoryCode: string, areaCode: string | null, unitCode: string, priority = 0, coHandlerCodes: string[] = []): CatalogueRule => ({
  id,
  categoryCode,
  areaCode,
  unitCode,
  coHandlerCodes,
  priority,
});

const match = (rules: CatalogueRule[], categoryCode: string, areaCode: string) =>
  matchCatalogue({ rules, categories: CATEGORIES, areas: AREAS, categoryCode, areaCode });

describe('when no rule applies', () => {
  it('finds nothing in an empty catalogue', () => {
    expect(match([], 'municipal.drainage', 'S1')).toEqual({ kind: 'none' });
  });

  it('finds nothing when the rules are for a sibling category or another street', () => {
    const rules = [rule('r1', 'municipal.roads', 'S1', 'street-S1'), rule('r2', 'municipal.drainage', 'S2', 'street-S2')];
    expect(match(rules, 'municipal.drainage', 'S1')).toEqual({ kind: 'none' });
  });

  it('does not apply a rule for a narrower category or a smaller area to a broader request', () => {
    const rules = [rule('r1', 'municipal.drainage.blocked', 'S1', 'water'), rule('r2', 'municipal.drainage', 'S1-C1', 'community')];
    expect(match(rules, 'municipal.drainage', 'S1')).toEqual({ kind: 'none' });
  });
});

describe('a single applicable rule', () => {
  it('matches the exact category and area', () => {
    const drainageS1 = rule('r1', 'municipal.drainage', 'S1', 'street-S1');
    expect(match([drainageS1], 'municipal.drainage', 'S1')).toEqual({ kind: 'unique', rule: drainageS1 });
  });

  it('is inherited down the category tree', () => {
    const drainageS1 = rule('r1', 'municipal.drainage', 'S1', 'street-S1');
    expect(match([drainageS1], 'municipal.drainage.blocked', 'S1')).toEqual({ kind: 'unique', rule: drainageS1 });
  });

  it('is inherited down the area tree to a grid inside the street', () => {
    const drainageS1 = rule('r1', 'municipal.drainage', 'S1', 'street-S1');
    expect(match([drainageS1], 'municipal.drainage', 'S1-C1-G1')).toEqual({ kind: 'unique', rule: drainageS1 });
  });

  it('applies anywhere in the district when it names no area ("traffic signal anywhere → traffic police")', () => {
    const signals = rule('r1', 'traffic.signal', null, 'traffic-police');
    expect(match([signals], 'traffic.signal.broken', 'S2')).toEqual({ kind: 'unique', rule: signals });
  });

  it('matches a category the tree does not know only by its exact code', () => {
    const unknown = rule('r1', 'new-category', null, 'district-office');
    expect(match([unknown], 'new-category', 'S1')).toEqual({ kind: 'unique', rule: unknown });
  });
});

describe('the most specific rule wins', () => {
  it('prefers the nearer category over the nearer area', () => {
    const exactCategoryAnywhere = rule('r1', 'municipal.drainage.blocked', null, 'water-company');
    const parentCategoryExactArea = rule('r2', 'municipal.drainage', 'S1-C1-G1', 'grid-team', 99);
    expect(match([parentCategoryExactArea, exactCategoryAnywhere], 'municipal.drainage.blocked', 'S1-C1-G1')).toEqual({
      kind: 'unique',
      rule: exactCategoryAnywhere,
    });
  });

  it('prefers the nearer area when the categories are equally near', () => {
    const street = rule('r1', 'municipal.drainage', 'S1', 'street-S1', 99);
    const community = rule('r2', 'municipal.drainage', 'S1-C1', 'community-C1');
    expect(match([street, community], 'municipal.drainage', 'S1-C1-G1')).toEqual({ kind: 'unique', rule: community });
  });

  it('counts a rule for the whole district area as nearer than a rule for anywhere', () => {
    const anywhere = rule('r1', 'municipal.drainage', null, 'water-company', 99);
    const districtArea = rule('r2', 'municipal.drainage', 'district', 'district-office');
    expect(match([anywhere, districtArea], 'municipal.drainage', 'S1-C1-G1')).toEqual({ kind: 'unique', rule: districtArea });
  });

  it('lets the higher priority decide between equally specific rules for different units', () => {
    const low = rule('r1', 'municipal.drainage', 'S1', 'street-S1', 1);
    const high = rule('r2', 'municipal.drainage', 'S1', 'water-company', 5);
    expect(match([low, high], 'municipal.drainage', 'S1')).toEqual({ kind: 'unique', rule: high });
  });

  it('does not reorder the catalogue it was given', () => {
    const rules = [rule('r2', 'municipal', null, 'a'), rule('r1', 'municipal.drainage', 'S1', 'b')];
    match(rules, 'municipal.drainage', 'S1');
    expect(rules.map((r) => r.id)).toEqual(['r2', 'r1']);
  });
});

describe('a tie on category, area and priority', () => {
  it('between different units is ambiguous, listing the tied rules by id and suggesting the first', () => {
    const b = rule('rule-b', 'municipal.drainage', 'S1', 'street-S1', 2);
    const a = rule('rule-a', 'municipal.drainage', 'S1', 'water-company', 2);
    const lessSpecific = rule('rule-0', 'municipal', 'S1', 'district-office', 2);
    expect(match([b, lessSpecific, a], 'municipal.drainage', 'S1')).toEqual({ kind: 'ambiguous', candidates: [a, b], suggested: a });
  });

  it('between rules for anywhere is ambiguous too', () => {
    const a = rule('a', 'traffic.signal', null, 'traffic-police');
    const b = rule('b', 'traffic.signal', null, 'road-works');
    expect(match([b, a], 'traffic.signal', 'S2')).toEqual({ kind: 'ambiguous', candidates: [a, b], suggested: a });
  });

  it('naming the same unit is unique, giving the first rule by id', () => {
    const second = rule('r2', 'municipal.drainage', 'S1', 'street-S1');
    const first = rule('r1', 'municipal.drainage', 'S1', 'street-S1');
    expect(match([second, first], 'municipal.drainage', 'S1')).toEqual({ kind: 'unique', rule: first });
  });

  it('with three rules of which two share a unit is still ambiguous, with all three as candidates', () => {
    const rules = [rule('r3', 'municipal', null, 'x'), rule('r1', 'municipal', null, 'y'), rule('r2', 'municipal', null, 'x')];
    const result = match(rules, 'municipal.roads', 'S2');
    expect(result.kind).toBe('ambiguous');
    expect(result.kind === 'ambiguous' && result.candidates.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
  });
});

describe('a rule with co-handlers (吹哨报到)', () => {
  it('is returned whole, so dispatch reaches the lead and every co-handler', () => {
    const withCoHandlers = rule('r1', 'municipal.drainage', 'S1', 'street-S1', 0, ['water-company', 'city-management']);
    expect(match([withCoHandlers], 'municipal.drainage.blocked', 'S1-C1')).toEqual({ kind: 'unique', rule: withCoHandlers });
  });

  it('ties with a rule naming the same lead and co-handlers in another order without ambiguity', () => {
    const first = rule('r1', 'municipal.drainage', 'S1', 'street-S1', 0, ['a', 'b']);
    const second = rule('r2', 'municipal.drainage', 'S1', 'street-S1', 0, ['b', 'a']);
    expect(match([second, first], 'municipal.drainage', 'S1')).toEqual({ kind: 'unique', rule: first });
  });

  it('ties with a rule for the same lead but other co-handlers ambiguously: the dispatchers decide', () => {
    const alone = rule('r1', 'municipal.drainage', 'S1', 'street-S1');
    const helped = rule('r2', 'municipal.drainage', 'S1', 'street-S1', 0, ['water-company']);
    expect(match([helped, alone], 'municipal.drainage', 'S1')).toEqual({ kind: 'ambiguous', candidates: [alone, helped], suggested: alone });
  });
});

describe('broken trees', () => {
  it('refuse a cycle in the category tree, naming the code', () => {
    const categories = [
      { code: 'a', parentCode: 'b' },
      { code: 'b', parentCode: 'a' },
    ];
    expect(() => matchCatalogue({ rules: [], categories, areas: AREAS, categoryCode: 'a', areaCode: 'S1' })).toThrow(/category tree .*"a"/);
  });

  it('refuse a cycle in the area tree, naming the code', () => {
    const areas = [
      { code: 'S1', parentCode: 'S1-C1' },
      { code: 'S1-C1', parentCode: 'S1' },
    ];
    expect(() => matchCatalogue({ rules: [], categories: CATEGORIES, areas, categoryCode: 'municipal', areaCode: 'S1-C1' })).toThrow(
      /area tree .*"S1-C1"/,
    );
  });
});
