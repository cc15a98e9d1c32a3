import { CatalogueRule } from './catalogue-rule';
import { planDispatch } from './plan-dispatch';

const a: CatalogueRule = { id: 'a', categoryCode: 'housing', areaCode: null, unitCode: 'housing-bureau', coHandlerCodes: [], priority: 0 };
const b: CatalogueRule = { ...a, id: 'b', unitCode: 'street-S1' };

describe('a tie between rules for different units', () => {
  it('waits in the dispatchers’ queue with the suggestion, the candidates and why', () => {
    expect(planDispatch({ kind: 'ambiguous', candidates: [a, b], suggested: a }, { autoDispatch: true, fallbackUnitCode: 'district-office' })).toEqual({
      kind: 'queue',
      suggestedUnitCode: 'housing-bureau',
      reason: 'the catalogue names 2 units',
      candidates: [a, b],
    });
  });

  it('names the tie as the reason in a category dispatched by hand too', () => {
    const plan = planDispatch({ kind: 'ambiguous', candidates: [a, b], suggested: a }, { autoDispatch: false, fallbackUnitCode: 'district-office' });
    expect(plan).toMatchObject({ kind: 'queue', reason: 'the catalogue names 2 units' });
  });
});
