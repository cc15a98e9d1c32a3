import { TreeNode } from './catalogue-rule';

/**
 * Trees shared by the catalogue specs. Categories: 市政 › 排水 › 管道堵塞; 交通 › 信号灯 › 故障.
 * Areas: district › street S1 › community S1-C1 › grid S1-C1-G1; street S2.
 */
export const CATEGORIES: TreeNode[] = [
  { code: 'municipal', parentCode: null },
  { code: 'municipal.drainage', parentCode: 'municipal' },
  { code: 'municipal.drainage.blocked', parentCode: 'municipal.drainage' },
  { code: 'municipal.roads', parentCode: 'municipal' },
  { code: 'traffic', parentCode: null },
  { code: 'traffic.signal', parentCode: 'traffic' },
  { code: 'traffic.signal.broken', parentCode: 'traffic.signal' },
];

export const AREAS: TreeNode[] = [
  { code: 'district', parentCode: null },
  { code: 'S1', parentCode: 'district' },
  { code: 'S1-C1', parentCode: 'S1' },
  { code: 'S1-C1-G1', parentCode: 'S1-C1' },
  { code: 'S2', parentCode: 'district' },
];
