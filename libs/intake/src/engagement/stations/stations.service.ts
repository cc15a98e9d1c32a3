import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { CLOCK, DEFAULT_TIME_ZONE, localDate, type Clock } from '@civicloop/clock';
import {
  CivicError,
  EventTypes,
  isUuid,
  NotFound,
  StaleVersion,
  ValidationFailed,
  type ActorContext,
  type DistrictReferenceResult,
  type FieldProblem,
  type SaveStationPayload,
  type SaveStationSchedulePayload,
  type StationChanged,
} from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { DeputiesService } from '../deputies/deputies.service';
import type { Deputy } from '../deputies/deputy.entity';
import { assertActsForStreet, assertDistrictReader, assertOrganiser } from '../rules/engagement-access';
import { stationProblems, storedPlace } from '../rules/station-input';
import { chinaInstant, nextOpenings } from '../rules/station-openings';
import { scheduleProblems } from '../rules/station-schedule-input';
import { DeputyLink, Station, StationPoint, StationSchedule } from './station.entity';

/**
 * 公告: the district's liaison stations, their points and opening schedules (which deputies sit
 * when), and the next openings as the public page and map show them.
 */
@Injectable()
export class StationsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly deputies: DeputiesService,
  ) {}

  today(): string {
    return localDate(this.clock.now(), DEFAULT_TIME_ZONE);
  }

  async save(manager: EntityManager, context: ActorContext, payload: SaveStationPayload, reference: DistrictReferenceResult, expectedVersion?: number) {
    assertOrganiser(context, 'keeping the liaison stations');
    const problems = stationProblems(payload, reference);
    if (problems.length > 0) throw new ValidationFailed(problems);
    assertActsForStreet(context, payload.streetUnitCode);
    const now = this.clock.now();
    const fields = { ...storedPlace(payload), streetUnitCode: payload.streetUnitCode, updatedAt: now };
    let station: Station;
    if (payload.stationId === undefined) {
      await this.assertNameFree(manager, context, fields.name, null);
      station = manager.create(Station, { ...fields, id: randomUUID(), tenantId: context.tenantId, version: 1, createdAt: now });
      await manager.insert(Station, station);
    } else {
      station = await this.find(manager, context, payload.stationId, true);
      // The liaison of the street it served, and of the street it serves now.
      assertActsForStreet(context, station.streetUnitCode);
      if (expectedVersion !== undefined && expectedVersion !== station.version) throw new StaleVersion('station', expectedVersion, station.version);
      await this.assertNameFree(manager, context, fields.name, station.id);
      Object.assign(station, fields, { version: station.version + 1 });
      await manager.save(station);
    }
    await this.replacePoints(manager, context, station, payload.points);
    await this.announce(manager, context, EventTypes.StationSaved, station, undefined);
    return this.view(manager, context, station, true);
  }

  async saveSchedule(manager: EntityManager, context: ActorContext, payload: SaveStationSchedulePayload, expectedVersion?: number) {
    assertOrganiser(context, 'scheduling a station’s openings');
    const station = await this.find(manager, context, payload.stationId, true);
    assertActsForStreet(context, station.streetUnitCode);
    const { rule, problems } = scheduleProblems(payload);
    const pointId = payload.pointId ?? null;
    if (pointId !== null && !(isUuid(pointId) && (await manager.findOneBy(StationPoint, { id: pointId, tenantId: context.tenantId, stationId: station.id })))) {
      problems.push({ field: 'pointId', reason: 'not a point of this station' });
    }
    const deputyIds = [...new Set(Array.isArray(payload.deputyIds) ? payload.deputyIds : [])];
    const found = await this.deputies.byIds(manager, context, deputyIds);
    const unknown = deputyIds.filter((id) => !found.some((deputy) => deputy.id === id));
    if (unknown.length > 0) problems.push({ field: 'deputyIds', reason: `no deputy ${unknown.join(', ')} in this district's registry` });
    if (problems.length > 0) throw new ValidationFailed(problems);
    const fields = {
      pointId,
      rule,
      startTime: payload.startTime,
      endTime: payload.endTime,
      deputyIds,
      topic: payload.topic?.trim() || null,
      validFrom: payload.validFrom ?? null,
      validUntil: payload.validUntil ?? null,
      updatedAt: this.clock.now(),
    };
    let schedule: StationSchedule;
    if (payload.scheduleId === undefined) {
      schedule = manager.create(StationSchedule, { ...fields, id: randomUUID(), tenantId: context.tenantId, stationId: station.id, version: 1 });
      await manager.insert(StationSchedule, schedule);
    } else {
      const existing = isUuid(payload.scheduleId) ? await manager.findOne(StationSchedule, { where: { id: payload.scheduleId, tenantId: context.tenantId, stationId: station.id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!existing) throw new NotFound('station schedule', payload.scheduleId);
      if (expectedVersion !== undefined && expectedVersion !== existing.version) throw new StaleVersion('station schedule', expectedVersion, existing.version);
      schedule = Object.assign(existing, fields, { version: existing.version + 1 });
      await manager.save(schedule);
    }
    await this.announce(manager, context, EventTypes.StationScheduleSaved, station, schedule.id);
    return this.view(manager, context, station, true);
  }

  async list(manager: EntityManager, context: ActorContext) {
    assertDistrictReader(context, 'reading the liaison stations');
    const stations = await manager.find(Station, { where: { tenantId: context.tenantId }, order: { name: 'ASC' } });
    return Promise.all(stations.map((station) => this.view(manager, context, station, true)));
  }

  async get(manager: EntityManager, context: ActorContext, id: string) {
    assertDistrictReader(context, 'reading a liaison station');
    return this.view(manager, context, await this.find(manager, context, id), true);
  }

  /** 公告, public: every station with its points and next openings; deputies by name and body, never a contact. */
  async publicList(manager: EntityManager, context: ActorContext) {
    const stations = await manager.find(Station, { where: { tenantId: context.tenantId }, order: { name: 'ASC' } });
    return Promise.all(stations.map((station) => this.view(manager, context, station, false)));
  }

  async find(manager: EntityManager, context: ActorContext, id: string, lock = false): Promise<Station> {
    const station = isUuid(id) ? await manager.findOne(Station, { where: { id, tenantId: context.tenantId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) }) : null;
    if (!station) throw new NotFound('station', id);
    return station;
  }

  /** The station a deputy belongs to by the registry's home station (its name), if the district keeps it. */
  async homeStationOf(manager: EntityManager, context: ActorContext, deputy: Deputy): Promise<Station | null> {
    return deputy.homeStation ? manager.findOneBy(Station, { tenantId: context.tenantId, name: deputy.homeStation }) : null;
  }

  private async assertNameFree(manager: EntityManager, context: ActorContext, name: string, ownId: string | null): Promise<void> {
    const same = await manager.findOneBy(Station, { tenantId: context.tenantId, name });
    if (same && same.id !== ownId) throw new CivicError(409, 'conflict', `one-station-per-name: a station named "${name}" exists (${same.id})`, { rule: 'one-station-per-name', stationId: same.id });
  }

  /** Points sent back by id are kept, new ones added, the rest removed — unless a schedule opens there (409). */
  private async replacePoints(manager: EntityManager, context: ActorContext, station: Station, points: SaveStationPayload['points']): Promise<void> {
    const existing = await manager.findBy(StationPoint, { tenantId: context.tenantId, stationId: station.id });
    const problems: FieldProblem[] = [];
    points.forEach((point, i) => {
      if (point.pointId !== undefined && !existing.some((candidate) => candidate.id === point.pointId)) problems.push({ field: `points[${i}].pointId`, reason: 'not a point of this station' });
    });
    if (problems.length > 0) throw new ValidationFailed(problems);
    const removed = existing.filter((point) => !points.some((given) => given.pointId === point.id));
    if (removed.length > 0) {
      const used = await manager.findBy(StationSchedule, { tenantId: context.tenantId, pointId: In(removed.map((point) => point.id)) });
      if (used.length > 0) {
        throw new CivicError(409, 'conflict', `point-in-use: a schedule opens at ${removed.filter((p) => used.some((s) => s.pointId === p.id)).map((p) => p.name).join(', ')}; move the schedule first`, {
          rule: 'point-in-use',
          scheduleIds: used.map((schedule) => schedule.id),
        });
      }
      await manager.delete(StationPoint, { tenantId: context.tenantId, id: In(removed.map((point) => point.id)) });
    }
    for (const [position, point] of points.entries()) {
      const fields = { ...storedPlace(point), position };
      if (point.pointId !== undefined) await manager.update(StationPoint, { id: point.pointId, tenantId: context.tenantId }, fields);
      else await manager.insert(StationPoint, { ...fields, id: randomUUID(), tenantId: context.tenantId, stationId: station.id });
    }
  }

  private async announce(manager: EntityManager, context: ActorContext, type: string, station: Station, scheduleId: string | undefined) {
    await this.outbox.append(manager, [
      newEvent<StationChanged>(
        { type, aggregateId: station.id, aggregateVersion: station.version, data: { stationId: station.id, streetUnitCode: station.streetUnitCode, ...(scheduleId ? { scheduleId } : {}) } },
        context,
        this.clock,
      ),
    ]);
  }

  /** A station with its points and next openings; staff also see the schedules and versions. */
  async view(manager: EntityManager, context: ActorContext, station: Station, staff: boolean) {
    const points = await manager.find(StationPoint, { where: { tenantId: context.tenantId, stationId: station.id }, order: { position: 'ASC' } });
    const schedules = await manager.find(StationSchedule, { where: { tenantId: context.tenantId, stationId: station.id }, order: { startTime: 'ASC', id: 'ASC' } });
    const deputies = await this.deputies.byIds(manager, context, [...new Set(schedules.flatMap((schedule) => schedule.deputyIds))]);
    const links = deputies.length === 0 ? [] : await manager.findBy(DeputyLink, { tenantId: context.tenantId, deputyId: In(deputies.map((deputy) => deputy.id)) });
    const byId = new Map(deputies.map((deputy) => [deputy.id, deputy]));
    const sitting = (ids: string[]) => ids.map((id) => byId.get(id)).filter((deputy): deputy is Deputy => deputy !== undefined);
    const placeOf = (pointId: string | null) => {
      const point = points.find((candidate) => candidate.id === pointId);
      const place = point ?? station;
      return { pointId: point?.id ?? null, name: place.name, areaCode: place.areaCode, address: place.address, latitude: place.latitude, longitude: place.longitude };
    };
    const openings = nextOpenings(
      schedules.map((schedule) => ({ id: schedule.id, rule: schedule.rule, startTime: schedule.startTime, endTime: schedule.endTime, validFrom: schedule.validFrom, validUntil: schedule.validUntil })),
      this.today(),
    ).map((opening) => {
      const schedule = schedules.find((candidate) => candidate.id === opening.scheduleId)!;
      return {
        ...opening,
        startsAt: chinaInstant(opening.date, opening.startTime),
        endsAt: chinaInstant(opening.date, opening.endTime),
        topic: schedule.topic,
        place: placeOf(schedule.pointId),
        deputies: sitting(schedule.deputyIds).map((deputy) => ({
          name: deputy.name,
          body: deputy.body,
          profession: deputy.profession,
          linkToken: links.find((link) => link.deputyId === deputy.id)?.token ?? null,
        })),
      };
    });
    return {
      id: station.id,
      name: station.name,
      streetUnitCode: station.streetUnitCode,
      areaCode: station.areaCode,
      address: station.address,
      latitude: station.latitude,
      longitude: station.longitude,
      points: points.map((point) => ({ id: point.id, name: point.name, areaCode: point.areaCode, address: point.address, latitude: point.latitude, longitude: point.longitude })),
      nextOpenings: openings,
      ...(staff
        ? {
            schedules: schedules.map((schedule) => ({
              id: schedule.id,
              pointId: schedule.pointId,
              rule: schedule.rule,
              startTime: schedule.startTime,
              endTime: schedule.endTime,
              topic: schedule.topic,
              validFrom: schedule.validFrom,
              validUntil: schedule.validUntil,
              deputies: sitting(schedule.deputyIds).map((deputy) => ({ id: deputy.id, name: deputy.name, body: deputy.body, level: deputy.level, profession: deputy.profession })),
              version: schedule.version,
            })),
            version: station.version,
          }
        : {}),
    };
  }
}
