import { DEFAULT_COMPOSITE_WEIGHTS } from '@civicloop/rates';
import { countMonth } from './count-month';
import { levelTable } from './level-tables';
import { assignment, outcome } from './testing/month-facts.builders';
import { UnitTree } from './unit-tree';

const tree = new UnitTree([
  { code: 'district-office', name: '区政府', kind: 'district', parentCode: null },
  { code: 'street-a', name: '甲街道', kind: 'street', parentCode: 'district-office' },
  { code: 'community-a1', name: '甲一社区', kind: 'community', parentCode: 'street-a' },
  { code: 'grid-a1-1', name: '甲一网格', kind: 'grid', parentCode: 'community-a1' },
  { code: 'street-b', name: '乙街道', kind: 'street', parentCode: 'district-office' },
  { code: 'water', name: '水务局', kind: 'department', parentCode: null },
]);

describe('a street\'s rates', () => {
  const count = countMonth(
    [
      assignment('street-a'),
      assignment('community-a1', { signedAt: null }),
      assignment('grid-a1-1', { requestId: 'r2' }),
      assignment('water', { requestId: 'r3' }),
    ],
    [outcome('community-a1', 'r1', false, 'not-satisfied'), outcome('grid-a1-1', 'r2')],
    [],
  );
  const streets = levelTable('street', count, tree, DEFAULT_COMPOSITE_WEIGHTS);

  it('include its own assignments and those of every unit under it, communities and grids', () => {
    expect(streets.find((row) => row.code === 'street-a')).toMatchObject({ name: '甲街道', dispatched: 3, signedOnTime: 2, validCallbacks: 2, solved: 1, satisfied: 1 });
  });

  it('add up counts before dividing, rather than averaging the units\' rates', () => {
    expect(streets.find((row) => row.code === 'street-a')!.responseRate).toBeCloseTo(2 / 3, 12);
  });

  it('leave out departments, which belong to no street, and list a street with nothing to count last', () => {
    expect(streets.map((row) => [row.code, row.rank, row.dispatched])).toEqual([
      ['street-a', 1, 3],
      ['street-b', 2, 0],
    ]);
  });
});
