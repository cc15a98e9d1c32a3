import { Inject, Injectable } from '@nestjs/common';
import { Brackets, In, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { ValidationFailed, type ActorContext, type DuplicateDraft, type FieldProblem } from '@civicloop/contracts';
import { CivicRequest } from '../requests/civic-request.entity';
import { canSeeRequest } from '../requests/request-visibility';
import { characterBigrams } from '../text/character-bigrams';
import { DEFAULT_DUPLICATE_WINDOW_DAYS, NOT_OPEN_STATUSES, rankDuplicates, type DuplicateProbe } from './duplicate-candidates';
import { addressKey, boundingBox, coordinatesProblems, NEAR_METRES } from './places';

/** Rows the indexed query hands to the in-memory ranking at most. */
const QUERY_LIMIT = 200;
/**
 * What ranking and visibility need of a candidate: the description and the rest of the row are
 * read afterwards for the few offered only (a busy place has hundreds of candidates a month).
 */
const RANKING_COLUMNS = ['id', 'areaCode', 'addressKey', 'descriptionBigrams', 'latitude', 'longitude', 'registeredAt', 'assignedUnitCodes', 'residentUserId'].map((column) => `request.${column}`);
const DAY_MS = 86_400_000;

/**
 * 并单: open requests of the same category at the same place (same address, within 200 m, or the
 * same area) from the last DEFAULT_DUPLICATE_WINDOW_DAYS days, most similar description first.
 * Only requests in the caller's view are offered, and never a resident's identity.
 */
@Injectable()
export class DuplicateFinderService {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  forRequest(manager: EntityManager, context: ActorContext, request: CivicRequest) {
    const coordinates = request.latitude !== null && request.longitude !== null ? { latitude: request.latitude, longitude: request.longitude } : null;
    return this.find(manager, context, request.categoryCode, { areaCode: request.areaCode, addressKey: request.addressKey, bigrams: request.descriptionBigrams, coordinates }, request.id);
  }

  forDraft(manager: EntityManager, context: ActorContext, draft: DuplicateDraft) {
    const problems: FieldProblem[] = [];
    for (const field of ['categoryCode', 'areaCode', 'address', 'description'] as const) {
      if (typeof draft?.[field] !== 'string' || draft[field].trim() === '') problems.push({ field, reason: 'required' });
    }
    problems.push(...coordinatesProblems(draft ?? {}));
    if (problems.length > 0) throw new ValidationFailed(problems);
    const coordinates = draft.latitude !== undefined && draft.longitude !== undefined ? { latitude: draft.latitude, longitude: draft.longitude } : null;
    return this.find(manager, context, draft.categoryCode, {
      areaCode: draft.areaCode,
      addressKey: addressKey(draft.address),
      bigrams: characterBigrams(draft.description),
      coordinates,
    });
  }

  private async find(manager: EntityManager, context: ActorContext, categoryCode: string, probe: DuplicateProbe, excludeId?: string) {
    const since = new Date(this.clock.now().getTime() - DEFAULT_DUPLICATE_WINDOW_DAYS * DAY_MS);
    const query = manager
      .createQueryBuilder(CivicRequest, 'request')
      .where('request.tenantId = :tenantId', { tenantId: context.tenantId })
      .andWhere('request.categoryCode = :categoryCode', { categoryCode })
      .andWhere('request.registeredAt >= :since', { since })
      .andWhere('request.status not in (:...closed)', { closed: NOT_OPEN_STATUSES });
    if (excludeId) query.andWhere('request.id != :excludeId', { excludeId });
    const box = probe.coordinates ? boundingBox(probe.coordinates, NEAR_METRES) : null;
    const inBox = 'request.latitude between :minLatitude and :maxLatitude and request.longitude between :minLongitude and :maxLongitude';
    query.andWhere(
      new Brackets((place) => {
        place.where('request.areaCode = :areaCode', { areaCode: probe.areaCode });
        if (box) place.orWhere(inBox, box);
      }),
    );
    query.andWhere(
      new Brackets((match) => {
        match.where('request.descriptionBigrams && cast(:bigrams as text[])', { bigrams: probe.bigrams });
        if (probe.addressKey) match.orWhere('request.addressKey = :addressKey', { addressKey: probe.addressKey });
        if (box) match.orWhere(inBox, box);
      }),
    );
    const rows = await query.select(RANKING_COLUMNS).orderBy('request.registeredAt', 'DESC').limit(QUERY_LIMIT).getMany();
    const visible = rows.filter((row) => canSeeRequest(context, row));
    const ranked = rankDuplicates(
      probe,
      visible.map((row) => ({
        id: row.id,
        areaCode: row.areaCode,
        addressKey: row.addressKey,
        bigrams: row.descriptionBigrams,
        coordinates: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
        registeredAt: row.registeredAt,
      })),
    );
    if (ranked.length === 0) return [];
    const offered = new Map((await manager.findBy(CivicRequest, { tenantId: context.tenantId, id: In(ranked.map(({ candidate }) => candidate.id)) })).map((row) => [row.id, row]));
    return ranked.map(({ candidate, similarity, reason, distanceMetres }) => {
      const row = offered.get(candidate.id)!;
      return {
        id: row.id,
        orderNo: row.orderNo,
        status: row.status,
        similarity,
        reason,
        distanceMetres,
        categoryCode: row.categoryCode,
        areaCode: row.areaCode,
        address: row.address,
        description: row.description,
        registeredAt: row.registeredAt.toISOString(),
      };
    });
  }
}
