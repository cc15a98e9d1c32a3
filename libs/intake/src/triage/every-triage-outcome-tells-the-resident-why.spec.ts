import { validTriage } from './triage-rules';

describe('every triage outcome carries the reason the resident is told', () => {
  it('refuses an outcome without a reason', () => {
    expect(() => validTriage('complaint', { outcome: 'out-of-scope', reason: '  ' })).toThrow(/reason: the resident is told why/);
  });

  it('refers only with the other legal channel named', () => {
    expect(() => validTriage('complaint', { outcome: 'referred', reason: '属于诉讼事项' })).toThrow(/referredTo: required/);
    expect(validTriage('complaint', { outcome: 'referred', reason: '属于诉讼事项', referredTo: ' 人民法院 ' })).toMatchObject({ referredTo: '人民法院' });
  });

  it('knows only the listed outcomes', () => {
    expect(() => validTriage('complaint', { outcome: 'ignored' as never, reason: '无' })).toThrow(/outcome: must be one of: answered, handed-to-emergency, referred, out-of-scope, refused/);
  });

  it('refuses and rules out of scope with a reason only', () => {
    expect(validTriage('report', { outcome: 'refused', reason: '恶意骚扰' })).toMatchObject({ outcome: 'refused', reason: '恶意骚扰' });
    expect(validTriage('help', { outcome: 'out-of-scope', reason: '不属于政务服务范围' }).outcome).toBe('out-of-scope');
  });
});
