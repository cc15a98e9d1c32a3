/** A node of the district's category tree or area tree; roots have no parent. */
export interface TreeNode {
  code: string;
  parentCode: string | null;
}

/**
 * One line of the dispatch catalogue (派单目录): requests of this category in this area go to this
 * lead unit (承办单位), with its co-handlers. Rules inherit down both trees, so "traffic signal, anywhere" covers every street.
 */
export interface CatalogueRule {
  id: string;
  categoryCode: string;
  /** null = anywhere in the district. */
  areaCode: string | null;
  /** The lead unit (首接负责): it signs, handles and replies for all. */
  unitCode: string;
  /** Co-handlers (吹哨报到): each signs for its own order and reports to the lead. */
  coHandlerCodes: readonly string[];
  priority: number;
}

/**
 * `unique`: dispatch may go straight to the unit. `ambiguous`: the dispatchers decide, with a
 * suggestion. `none`: nothing in the catalogue applies (the district government takes it, 兜底).
 */
export type CatalogueMatch =
  | { kind: 'unique'; rule: CatalogueRule }
  | { kind: 'ambiguous'; candidates: CatalogueRule[]; suggested: CatalogueRule }
  | { kind: 'none' };
