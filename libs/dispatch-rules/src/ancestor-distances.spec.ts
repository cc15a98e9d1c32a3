import { ancestorDistances } from './ancestor-distances';
import { AREAS } from './catalogue-trees.fixture';

describe('distances up a tree', () => {
  it('count the node itself as 0 and each ancestor one step further', () => {
    expect([...ancestorDistances('area', AREAS, 'S1-C1-G1')]).toEqual([
      ['S1-C1-G1', 0],
      ['S1-C1', 1],
      ['S1', 2],
      ['district', 3],
    ]);
  });

  it('treat a code missing from the tree as a root of its own', () => {
    expect([...ancestorDistances('area', AREAS, 'S9')]).toEqual([['S9', 0]]);
  });

  it('include a parent the tree does not list, and stop there', () => {
    expect([...ancestorDistances('area', [{ code: 'X1', parentCode: 'X' }], 'X1')]).toEqual([
      ['X1', 0],
      ['X', 1],
    ]);
  });

  it('refuse a cycle, naming the code where it closes', () => {
    const looped = [
      { code: 'a', parentCode: 'b' },
      { code: 'b', parentCode: 'c' },
      { code: 'c', parentCode: 'a' },
    ];
    expect(() => ancestorDistances('area', looped, 'a')).toThrow('area tree has a cycle through "a"');
  });

  it('refuse a node that is its own parent', () => {
    expect(() => ancestorDistances('category', [{ code: 'x', parentCode: 'x' }], 'x')).toThrow('category tree has a cycle through "x"');
  });

  it('refuse a code listed twice', () => {
    expect(() => ancestorDistances('area', [...AREAS, { code: 'S1', parentCode: null }], 'S1')).toThrow('area tree has "S1" twice');
  });
});
