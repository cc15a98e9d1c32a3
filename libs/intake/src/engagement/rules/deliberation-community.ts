import type { DistrictReferenceResult } from '@civicloop/contracts';

/** A community as deliberation names it: its area, and the units that act for it. */
export interface CommunityRef {
  areaCode: string;
  name: string;
  /** The residents' committee (a unit of kind community), when the district has one by that name. */
  communityUnitCode: string | null;
  streetUnitCode: string | null;
}

/**
 * The district reference links no unit to an area, so a community's area and its residents'
 * committee are matched by name (南池子社区 = 南池子社区); its street is that unit's parent, else the
 * street unit named like the area above. Null when the area is unknown or not a community (it has
 * areas under it and no committee bears its name, e.g. a street).
 */
export function communityOf(reference: DistrictReferenceResult, areaCode: string): CommunityRef | null {
  const area = reference.areas.find((candidate) => candidate.code === areaCode);
  if (!area || area.parentCode === null) return null;
  const unit = reference.units.find((candidate) => candidate.kind === 'community' && candidate.name === area.name) ?? null;
  const hasChildren = reference.areas.some((candidate) => candidate.parentCode === area.code);
  if (!unit && hasChildren) return null;
  const parentArea = reference.areas.find((candidate) => candidate.code === area.parentCode);
  const street =
    (unit?.parentCode ? reference.units.find((candidate) => candidate.code === unit.parentCode && candidate.kind === 'street') : undefined) ??
    reference.units.find((candidate) => candidate.kind === 'street' && candidate.name === parentArea?.name);
  return { areaCode: area.code, name: area.name, communityUnitCode: unit?.code ?? null, streetUnitCode: street?.code ?? null };
}
