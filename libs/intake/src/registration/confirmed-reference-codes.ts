/** How long a code dispatch confirmed is taken on trust: a bound in case codes are ever retired. */
export const CONFIRMED_CODE_TTL_MS = 5 * 60_000;

export type ReferenceField = 'categoryCode' | 'areaCode';

/**
 * Category and area codes dispatch has confirmed for a district (docs/adr/0018). Dispatch only adds
 * or renames reference nodes, never removes a code, so a confirmed code stays valid; an unknown one
 * is never remembered, so a category added a moment ago registers at once. Only confirmed codes are
 * kept, so the memory is bounded by the districts' real reference data.
 */
export class ConfirmedReferenceCodes {
  private readonly confirmedUntil = new Map<string, number>();

  constructor(private readonly ttlMs = CONFIRMED_CODE_TTL_MS) {}

  /** The fields whose codes are not (or no longer) confirmed for the district at this instant. */
  unconfirmed(tenantId: string, codes: Record<ReferenceField, string>, nowMs: number): ReferenceField[] {
    return (Object.keys(codes) as ReferenceField[]).filter((field) => {
      const key = keyOf(tenantId, field, codes[field]);
      const until = this.confirmedUntil.get(key);
      if (until !== undefined && until <= nowMs) this.confirmedUntil.delete(key);
      return until === undefined || until <= nowMs;
    });
  }

  confirm(tenantId: string, field: ReferenceField, code: string, nowMs: number): void {
    this.confirmedUntil.set(keyOf(tenantId, field, code), nowMs + this.ttlMs);
  }
}

function keyOf(tenantId: string, field: ReferenceField, code: string): string {
  return JSON.stringify([tenantId, field, code]);
}
