import { AREAS } from './catalogue-trees.fixture';
import { treeNodeProblems } from './tree-node-problems';

describe('saving a node into a district’s tree', () => {
  it('accepts a root, and a node under an existing parent', () => {
    expect(treeNodeProblems('area', AREAS, { code: 'S3', parentCode: null })).toEqual([]);
    expect(treeNodeProblems('area', AREAS, { code: 'S1-C2', parentCode: 'S1' })).toEqual([]);
  });

  it('accepts moving a node to another branch', () => {
    expect(treeNodeProblems('area', AREAS, { code: 'S1-C1', parentCode: 'S2' })).toEqual([]);
  });

  it('refuses a parent the district does not have (another district’s code is just unknown)', () => {
    expect(treeNodeProblems('area', AREAS, { code: 'S3', parentCode: 'elsewhere' })).toEqual([{ field: 'parentCode', reason: 'no area "elsewhere" in this district' }]);
  });

  it('refuses a node as its own parent', () => {
    expect(treeNodeProblems('unit', AREAS, { code: 'S1', parentCode: 'S1' })).toEqual([{ field: 'parentCode', reason: 'a unit cannot be its own parent' }]);
  });

  it('refuses a parent below the node, which would close a cycle', () => {
    expect(treeNodeProblems('area', AREAS, { code: 'S1', parentCode: 'S1-C1-G1' })).toEqual([
      { field: 'parentCode', reason: '"S1-C1-G1" lies under "S1": the area tree would have a cycle' },
    ]);
  });
});
