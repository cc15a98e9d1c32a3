import { CatalogueRule } from './catalogue-rule';
import { planDispatch } from './plan-dispatch';

const rule: CatalogueRule = { id: 'r1', categoryCode: 'housing', areaCode: null, unitCode: 'housing-bureau', coHandlerCodes: [], priority: 0 };
const manual = { autoDispatch: false, fallbackUnitCode: 'district-office' };

describe('a category the district dispatches by hand', () => {
  it('waits for a dispatcher even with one clear rule, suggesting its unit', () => {
    expect(planDispatch({ kind: 'unique', rule }, manual)).toEqual({
      kind: 'queue',
      suggestedUnitCode: 'housing-bureau',
      reason: 'this category is dispatched by hand',
      candidates: [rule],
    });
  });

  it('waits for a dispatcher when nothing matches, suggesting the fallback unit', () => {
    expect(planDispatch({ kind: 'none' }, manual)).toMatchObject({ kind: 'queue', suggestedUnitCode: 'district-office', candidates: [] });
  });
});
