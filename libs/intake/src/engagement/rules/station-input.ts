import type { DistrictReferenceResult, FieldProblem, SaveStationPayload, StationPlaceInput } from '@civicloop/contracts';
import { coordinatesProblems } from '../../duplicates/places';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function placeProblems(place: StationPlaceInput | undefined, prefix: string, areas: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (text(place?.name).length === 0) problems.push({ field: `${prefix}name`, reason: 'is required' });
  if (text(place?.address).length === 0) problems.push({ field: `${prefix}address`, reason: 'is required' });
  if (!areas.has(place?.areaCode ?? '')) problems.push({ field: `${prefix}areaCode`, reason: `no area "${place?.areaCode ?? ''}" in this district` });
  for (const problem of coordinatesProblems(place ?? {})) problems.push({ field: `${prefix}${problem.field}`, reason: problem.reason });
  return problems;
}

/**
 * A station and its points checked against the district: the street is one of its streets, every
 * place has a name, an address, an area of the district and WGS-84 coordinates or none. 400 naming
 * each field (points by index).
 */
export function stationProblems(payload: SaveStationPayload, reference: DistrictReferenceResult): FieldProblem[] {
  const areas = new Set(reference.areas.map((area) => area.code));
  const problems = placeProblems(payload, '', areas);
  const street = reference.units.find((unit) => unit.code === payload.streetUnitCode);
  if (!street || street.kind !== 'street') problems.push({ field: 'streetUnitCode', reason: `no street "${payload.streetUnitCode}" in this district` });
  if (!Array.isArray(payload.points)) problems.push({ field: 'points', reason: 'list the station’s points (may be empty)' });
  else payload.points.forEach((point, i) => problems.push(...placeProblems(point, `points[${i}].`, areas)));
  return problems;
}

/** A place as stored: trimmed, coordinates null when not given. */
export function storedPlace(place: StationPlaceInput) {
  return { name: text(place.name), areaCode: place.areaCode, address: text(place.address), latitude: place.latitude ?? null, longitude: place.longitude ?? null };
}
