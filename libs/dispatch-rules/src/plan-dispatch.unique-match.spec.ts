import { CatalogueRule } from './catalogue-rule';
import { planDispatch } from './plan-dispatch';

const rule: CatalogueRule = { id: 'r1', categoryCode: 'noise', areaCode: 'S1', unitCode: 'street-S1', coHandlerCodes: ['city-management'], priority: 0 };

describe('one unambiguous catalogue rule in a category dispatched automatically', () => {
  it('sends the request to the lead unit and every co-handler, recording the rule as the reason', () => {
    expect(planDispatch({ kind: 'unique', rule }, { autoDispatch: true, fallbackUnitCode: 'district-office' })).toEqual({
      kind: 'dispatch',
      leadUnitCode: 'street-S1',
      coHandlerCodes: ['city-management'],
      reason: { kind: 'catalogue', ruleId: 'r1' },
      rule,
    });
  });
});
