import { DEFAULT_COMPOSITE_WEIGHTS } from '@civicloop/rates';
import { countMonth } from './count-month';
import { DISTRICT_ROW, levelTable } from './level-tables';
import { assignment, exclusion, outcome } from './testing/month-facts.builders';
import { UnitTree } from './unit-tree';

describe('the district\'s rates', () => {
  it('count every unit\'s assignments and callbacks, after exclusions, in one row', () => {
    const tree = new UnitTree([{ code: 'street-a', name: '甲街道', kind: 'street', parentCode: null }]);
    const facts = [assignment('street-a'), assignment('water', { requestId: 'r2', signedAt: null }), assignment('roads', { requestId: 'r3' })];
    const count = countMonth(facts, [outcome('street-a', 'r1'), outcome('water', 'r2', false, 'not-satisfied')], [exclusion('unreasonable', 'r3')]);
    expect(levelTable('district', count, tree, DEFAULT_COMPOSITE_WEIGHTS)).toEqual([
      expect.objectContaining({ ...DISTRICT_ROW, dispatched: 2, signedOnTime: 1, validCallbacks: 2, solved: 1, satisfied: 1, rank: 1, excluded: { assignments: 1, callbacks: 0 } }),
    ]);
  });

  it('has its row even in a month with nothing to count', () => {
    expect(levelTable('district', countMonth([], [], []), new UnitTree([]), DEFAULT_COMPOSITE_WEIGHTS)).toEqual([
      expect.objectContaining({ code: 'district', dispatched: 0, responseRate: null, compositeIndex: null }),
    ]);
  });
});
