import { TreeNode } from './catalogue-rule';

/**
 * How many steps up the tree each ancestor of `code` is (the node itself is 0). A code missing
 * from the tree is treated as a root, so a rule written for it still matches it exactly.
 * @throws Error when a code appears twice or the parent chain loops: both are data errors an
 *   admin must fix, and guessing would dispatch to the wrong unit.
 */
export function ancestorDistances(treeName: string, nodes: readonly TreeNode[], code: string): Map<string, number> {
  const parentOf = new Map<string, string | null>();
  for (const node of nodes) {
    if (parentOf.has(node.code)) {
      throw new Error(`${treeName} tree has "${node.code}" twice`);
    }
    parentOf.set(node.code, node.parentCode);
  }
  const distances = new Map<string, number>();
  let current: string | null | undefined = code;
  while (current !== null && current !== undefined) {
    if (distances.has(current)) {
      throw new Error(`${treeName} tree has a cycle through "${current}"`);
    }
    distances.set(current, distances.size);
    current = parentOf.get(current);
  }
  return distances;
}
