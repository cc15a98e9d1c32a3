import type { RequestStatus } from '@civicloop/request-lifecycle';
import { diceSimilarity } from '../text/character-bigrams';
import { metresBetween, NEAR_METRES, type Coordinates } from './places';

/**
 * How far back duplicates are looked for. The district's rule book (dispatch's DistrictRules)
 * holds `duplicateWindowDays`, but intake may not read dispatch's tables: intake uses this default.
 */
export const DEFAULT_DUPLICATE_WINDOW_DAYS = 30;
/** A request elsewhere in the same area is offered only when its description is this similar. */
export const MIN_SIMILARITY_IN_AREA = 0.2;
export const MAX_DUPLICATE_CANDIDATES = 10;

/** Requests that can no longer take a duplicate: finished, triaged out of the loop, or merged themselves. */
export const NOT_OPEN_STATUSES: readonly RequestStatus[] = ['closed', 'triaged', 'merged'];

export function isOpen(status: RequestStatus): boolean {
  return !NOT_OPEN_STATUSES.includes(status);
}

/** Why a candidate is offered, from the strongest: the same address, within 200 m, the same area. */
export type DuplicateReason = 'same-address' | 'near' | 'same-area';
const REASON_RANK: Record<DuplicateReason, number> = { 'same-address': 0, near: 1, 'same-area': 2 };

export interface DuplicateProbe {
  areaCode: string;
  addressKey: string;
  bigrams: readonly string[];
  coordinates: Coordinates | null;
}

export interface DuplicateCandidate extends DuplicateProbe {
  id: string;
  registeredAt: Date;
}

export interface RankedDuplicate<T extends DuplicateCandidate> {
  candidate: T;
  similarity: number;
  reason: DuplicateReason;
  distanceMetres: number | null;
}

/** Why this candidate is the same place as the probe, or null when it is not (a box match farther than 200 m away). */
export function placeReason(probe: DuplicateProbe, candidate: DuplicateProbe): { reason: DuplicateReason; distanceMetres: number | null } | null {
  const distanceMetres = probe.coordinates && candidate.coordinates ? Math.round(metresBetween(probe.coordinates, candidate.coordinates)) : null;
  if (probe.addressKey !== '' && probe.addressKey === candidate.addressKey) return { reason: 'same-address', distanceMetres };
  if (distanceMetres !== null && distanceMetres <= NEAR_METRES) return { reason: 'near', distanceMetres };
  if (probe.areaCode === candidate.areaCode) return { reason: 'same-area', distanceMetres };
  return null;
}

/**
 * The candidates worth offering, most similar description first (then the closer place, then the
 * newer request). The same address or within 200 m is always offered; elsewhere in the area only
 * from MIN_SIMILARITY_IN_AREA.
 */
export function rankDuplicates<T extends DuplicateCandidate>(probe: DuplicateProbe, candidates: readonly T[], limit = MAX_DUPLICATE_CANDIDATES): RankedDuplicate<T>[] {
  const ranked: RankedDuplicate<T>[] = [];
  for (const candidate of candidates) {
    const place = placeReason(probe, candidate);
    if (!place) continue;
    const similarity = Math.round(diceSimilarity(probe.bigrams, candidate.bigrams) * 100) / 100;
    if (place.reason === 'same-area' && similarity < MIN_SIMILARITY_IN_AREA) continue;
    ranked.push({ candidate, similarity, ...place });
  }
  return ranked
    .sort(
      (a, b) =>
        b.similarity - a.similarity ||
        REASON_RANK[a.reason] - REASON_RANK[b.reason] ||
        b.candidate.registeredAt.getTime() - a.candidate.registeredAt.getTime(),
    )
    .slice(0, limit);
}
