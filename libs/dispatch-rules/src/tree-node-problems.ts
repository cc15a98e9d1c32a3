import type { FieldProblem } from '@civicloop/contracts';
import { TreeNode } from './catalogue-rule';

/**
 * What is wrong with saving `node` into `tree` (the district's units, areas or categories as they
 * are now): its parent must be a node of the same tree, and the parent chain must not loop back to it.
 */
export function treeNodeProblems(treeName: string, tree: readonly TreeNode[], node: TreeNode): FieldProblem[] {
  if (node.parentCode === null) return [];
  if (node.parentCode === node.code) return [{ field: 'parentCode', reason: `a ${treeName} cannot be its own parent` }];
  const parentOf = new Map(tree.map((entry) => [entry.code, entry.parentCode]));
  if (!parentOf.has(node.parentCode)) return [{ field: 'parentCode', reason: `no ${treeName} "${node.parentCode}" in this district` }];
  const seen = new Set<string>();
  for (let current: string | null | undefined = node.parentCode; current; current = parentOf.get(current)) {
    if (current === node.code) {
      return [{ field: 'parentCode', reason: `"${node.parentCode}" lies under "${node.code}": the ${treeName} tree would have a cycle` }];
    }
    if (seen.has(current)) break;
    seen.add(current);
  }
  return [];
}
