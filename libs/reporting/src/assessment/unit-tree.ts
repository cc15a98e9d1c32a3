/** A unit of the district as dispatch's reference data gives it (承办单位, with its parent). */
export interface UnitNode {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
}

/**
 * The district's units as a tree: a street (街道) stands for itself and the communities and grids
 * under it. A unit the tree does not know (removed since, or reference data not reachable) is a
 * root of its own.
 */
export class UnitTree {
  private readonly byCode: ReadonlyMap<string, UnitNode>;

  constructor(units: UnitNode[]) {
    this.byCode = new Map(units.map((unit) => [unit.code, unit]));
  }

  node(code: string): UnitNode {
    return this.byCode.get(code) ?? { code, name: code, kind: 'unknown', parentCode: null };
  }

  /** The unit, then its parent, up to the root (a cycle in bad data stops the walk). */
  lineage(code: string): string[] {
    const seen: string[] = [];
    for (let current: string | null = code; current !== null && !seen.includes(current); current = this.byCode.get(current)?.parentCode ?? null) {
      seen.push(current);
    }
    return seen;
  }

  /** The streets whose rates include this unit's: itself if it is one, and every street above it. */
  streetsOf(code: string): string[] {
    return this.lineage(code).filter((unit) => this.node(unit).kind === 'street');
  }

  streets(): UnitNode[] {
    return [...this.byCode.values()].filter((unit) => unit.kind === 'street');
  }

  /** True when `code` is `ancestor` or lies under it. */
  isWithin(code: string, ancestor: string): boolean {
    return this.lineage(code).includes(ancestor);
  }
}
