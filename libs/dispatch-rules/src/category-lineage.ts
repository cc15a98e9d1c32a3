import { ancestorDistances } from './ancestor-distances';
import { TreeNode } from './catalogue-rule';

/** The category and its ancestors, nearest first: the order in which per-category settings apply. */
export function categoryLineage(categories: readonly TreeNode[], categoryCode: string): string[] {
  return [...ancestorDistances('category', categories, categoryCode).keys()];
}
