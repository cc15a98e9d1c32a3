import { FALLBACK_NOTE, planDispatch } from './plan-dispatch';

describe('a request the catalogue does not cover (兜底)', () => {
  it('goes straight to the district government’s fallback unit, with the fallback as the reason', () => {
    expect(planDispatch({ kind: 'none' }, { autoDispatch: true, fallbackUnitCode: 'district-office' })).toEqual({
      kind: 'dispatch',
      leadUnitCode: 'district-office',
      coHandlerCodes: [],
      reason: { kind: 'fallback', note: FALLBACK_NOTE },
      rule: null,
    });
  });

  it('waits for a dispatcher when the district names no fallback unit, saying so', () => {
    const plan = planDispatch({ kind: 'none' }, { autoDispatch: true, fallbackUnitCode: null });
    expect(plan).toMatchObject({ kind: 'queue', suggestedUnitCode: null });
    expect(plan.kind === 'queue' && plan.reason).toContain('names no fallback unit');
  });
});
