/** Two requests are "near" within this distance (metres) when both carry coordinates. */
export const NEAR_METRES = 200;

export interface Coordinates {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_METRES = 6_371_000;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two WGS-84 points (haversine; metres, accurate enough at 200 m). */
export function metresBetween(a: Coordinates, b: Coordinates): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A box around a point that contains every point within `metres`: the indexed pre-filter of the
 * candidate query; the exact distance is checked afterwards.
 */
export function boundingBox(centre: Coordinates, metres: number) {
  const dLat = (metres / EARTH_RADIUS_METRES) * (180 / Math.PI);
  const dLon = dLat / Math.max(Math.cos(radians(centre.latitude)), 0.01);
  return { minLatitude: centre.latitude - dLat, maxLatitude: centre.latitude + dLat, minLongitude: centre.longitude - dLon, maxLongitude: centre.longitude + dLon };
}

/**
 * The same address however it was typed: width-folded, lower case, without spaces or punctuation
 * ("南池子大街 12 号" and "南池子大街１２号" are one address).
 */
export function addressKey(address: string): string {
  return address.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Optional WGS-84 coordinates: both or neither, latitude −90..90, longitude −180..180. */
export function coordinatesProblems(input: { latitude?: unknown; longitude?: unknown }): Array<{ field: string; reason: string }> {
  const given = (value: unknown) => value !== undefined && value !== null;
  if (!given(input.latitude) && !given(input.longitude)) return [];
  if (!given(input.latitude) || !given(input.longitude)) {
    return [{ field: given(input.latitude) ? 'longitude' : 'latitude', reason: 'coordinates come as latitude and longitude together' }];
  }
  const problems: Array<{ field: string; reason: string }> = [];
  const inRange = (value: unknown, limit: number) => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;
  if (!inRange(input.latitude, 90)) problems.push({ field: 'latitude', reason: 'must be a WGS-84 latitude between -90 and 90' });
  if (!inRange(input.longitude, 180)) problems.push({ field: 'longitude', reason: 'must be a WGS-84 longitude between -180 and 180' });
  return problems;
}
