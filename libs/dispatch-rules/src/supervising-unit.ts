/**
 * PRODUCT.md: "when that is a street, the district is copied to supervise". The unit that watches
 * an order dispatched to `leadUnitKind`, or null when nobody is copied.
 */
export function supervisingUnitFor(leadUnitKind: string | null | undefined, districtSupervisorCode: string | null): string | null {
  return leadUnitKind === 'street' ? districtSupervisorCode : null;
}
