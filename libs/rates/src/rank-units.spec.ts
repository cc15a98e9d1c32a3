import { compositeIndex } from './composite-index';
import { rankUnits } from './rank-units';
import { UnitMonthCounts } from './unit-month-counts';

const counts = (signedOnTime: number, solved: number, satisfied: number): UnitMonthCounts => ({
  dispatched: 10,
  signedOnTime,
  validCallbacks: 10,
  solved,
  satisfied,
  basicallySatisfied: 0,
});
const nothing: UnitMonthCounts = { dispatched: 0, signedOnTime: 0, validCallbacks: 0, solved: 0, satisfied: 0, basicallySatisfied: 0 };
const row = (unitCode: string, unitCounts: UnitMonthCounts) => ({ unitCode, counts: unitCounts });
const summary = (ranked: Array<{ unitCode: string; rank: number }>) => ranked.map((r) => `${r.rank} ${r.unitCode}`);

describe('ranking units by composite index', () => {
  it('puts the best index first', () => {
    const ranked = rankUnits([row('low', counts(5, 5, 5)), row('high', counts(10, 10, 10)), row('mid', counts(8, 8, 8))]);
    expect(summary(ranked)).toEqual(['1 high', '2 mid', '3 low']);
  });

  it('lets tied units share a rank and skips the next one (1, 1, 3)', () => {
    const ranked = rankUnits([row('c', counts(5, 5, 5)), row('b', counts(9, 9, 9)), row('a', counts(9, 9, 9))]);
    expect(summary(ranked)).toEqual(['1 a', '1 b', '3 c']);
  });

  it('treats indices equal as fractions as tied even when floating point makes them differ', () => {
    const small: UnitMonthCounts = { dispatched: 10, signedOnTime: 9, validCallbacks: 2, solved: 1, satisfied: 1, basicallySatisfied: 1 };
    const tripled: UnitMonthCounts = { dispatched: 30, signedOnTime: 27, validCallbacks: 6, solved: 3, satisfied: 3, basicallySatisfied: 3 };
    expect(compositeIndex(small)).not.toBe(compositeIndex(tripled));
    expect(summary(rankUnits([row('z', tripled), row('y', small)]))).toEqual(['1 y', '1 z']);
  });

  it('puts units with nothing to assess last, sharing a rank', () => {
    const ranked = rankUnits([row('idle-b', nothing), row('busy', counts(1, 1, 1)), row('idle-a', nothing)]);
    expect(summary(ranked)).toEqual(['1 busy', '2 idle-a', '2 idle-b']);
    expect(ranked.slice(1).map((r) => r.index)).toEqual([null, null]);
  });

  it('returns each unit’s own fields with its unrounded index', () => {
    const [first] = rankUnits([{ unitCode: 'street-1', counts: counts(10, 10, 10), name: '一街道' }]);
    expect(first).toEqual({ unitCode: 'street-1', counts: counts(10, 10, 10), name: '一街道', rank: 1, index: compositeIndex(counts(10, 10, 10)) });
  });

  it('leaves the rows it was given untouched', () => {
    const rows = [row('b', counts(1, 1, 1)), row('a', counts(9, 9, 9))];
    rankUnits(rows);
    expect(rows.map((r) => r.unitCode)).toEqual(['b', 'a']);
    expect(rows[0]).not.toHaveProperty('rank');
  });

  it('ranks by the district’s weights when given', () => {
    const fastButUnsolved = row('fast', counts(10, 0, 0));
    const slowButSolved = row('slow', counts(0, 10, 10));
    const responseOnly = { response: 1, resolution: 0, satisfaction: 0, basicallySatisfiedWeight: 0.9 };
    expect(summary(rankUnits([slowButSolved, fastButUnsolved]))).toEqual(['1 slow', '2 fast']);
    expect(summary(rankUnits([slowButSolved, fastButUnsolved], responseOnly))).toEqual(['1 fast', '2 slow']);
  });

  it('gives an empty ranking for no units', () => {
    expect(rankUnits([])).toEqual([]);
  });

  it('refuses a unit with impossible counts rather than ranking it', () => {
    expect(() => rankUnits([row('bad', { ...nothing, signedOnTime: 1 })])).toThrow(RangeError);
  });
});
