import { characterBigrams, diceSimilarity, queryCoverage, textSimilarity } from './character-bigrams';

describe('character-bigram similarity of two descriptions (Dice)', () => {
  it('cuts Chinese into overlapping character pairs, ignoring punctuation and spaces', () => {
    expect(characterBigrams('下水道堵塞，污水')).toEqual(['下水', '堵塞', '水道', '污水', '道堵'].sort());
  });

  it('keeps a lone character and Latin or digit words whole, case-folded and width-folded', () => {
    expect(characterBigrams('水 WiFi １２号')).toEqual(['12', 'wifi', '号', '水'].sort());
  });

  it('is 1 for the same text, 0 for texts sharing no pair, and symmetric in between', () => {
    expect(textSimilarity('小区门口下水道堵塞', '小区门口下水道堵塞')).toBe(1);
    expect(textSimilarity('下水道堵塞', '路灯不亮')).toBe(0);
    const a = '小区门口下水道堵塞，污水外溢。';
    const b = '门口下水道又堵了，污水冒出来';
    expect(textSimilarity(a, b)).toBe(textSimilarity(b, a));
    expect(textSimilarity(a, b)).toBeGreaterThan(0.3);
    expect(textSimilarity(a, b)).toBeLessThan(1);
  });

  it('ranks a reworded report of the same problem above a different problem at the same place', () => {
    const draft = '南池子大街下水道堵塞，污水流到路上';
    expect(textSimilarity(draft, '下水道堵塞污水外溢')).toBeGreaterThan(textSimilarity(draft, '南池子大街路灯晚上不亮'));
  });

  it('is 0 when either side is empty', () => {
    expect(diceSimilarity([], ['下水'])).toBe(0);
    expect(diceSimilarity(['下水'], [])).toBe(0);
  });

  it('measures a search query by how much of it a text covers', () => {
    expect(queryCoverage(characterBigrams('停水通知'), characterBigrams('小区停水通知及临时供水点'))).toBe(1);
    expect(queryCoverage(characterBigrams('停水通知'), characterBigrams('停水'))).toBeCloseTo(1 / 3);
  });
});
