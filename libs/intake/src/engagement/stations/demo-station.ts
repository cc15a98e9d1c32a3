import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ActorContext } from '@civicloop/contracts';
import type { Deputy } from '../deputies/deputy.entity';
import { DEMO_COMMUNITIES, DEMO_STREET } from '../demo/demo-engagement';
import { newLinkToken } from './message-codes';
import { DeputyLink, Station, StationPoint, StationSchedule } from './station.entity';

/** The demo deputies' home station (their registry entry names it), in 东华门街道. */
export const DEMO_STATION = '东华门街道代表联络站';

/**
 * The demo district's liaison station: the station and two community points, open on the 2nd and
 * 4th Thursday afternoons with the people's-congress deputy and the CPPCC member, and the demo
 * deputy's public link — so the embedded demo shows a map, openings and a deputy to write to.
 */
export async function seedDemoStation(manager: EntityManager, context: ActorContext, deputies: readonly Deputy[], now: Date): Promise<void> {
  const tenantId = context.tenantId;
  const station = manager.create(Station, {
    id: randomUUID(),
    tenantId,
    name: DEMO_STATION,
    streetUnitCode: DEMO_STREET,
    areaCode: DEMO_COMMUNITIES[0],
    address: '东华门大街 16 号',
    latitude: 39.9138,
    longitude: 116.4048,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  await manager.insert(Station, station);
  await manager.insert(StationPoint, [
    { id: randomUUID(), tenantId, stationId: station.id, name: '南池子社区联络点', areaCode: DEMO_COMMUNITIES[0], address: '南池子大街 50 号', latitude: 39.9105, longitude: 116.4031, position: 0 },
    { id: randomUUID(), tenantId, stationId: station.id, name: '灯市口社区联络点', areaCode: DEMO_COMMUNITIES[1], address: '灯市口大街 33 号', latitude: 39.9172, longitude: 116.4113, position: 1 },
  ]);
  const sitting = deputies.filter((deputy) => deputy.body !== 'party-congress');
  await manager.insert(StationSchedule, {
    id: randomUUID(),
    tenantId,
    stationId: station.id,
    pointId: null,
    rule: { kind: 'nth-weekdays-of-month', weekday: 4, nths: [2, 4] },
    startTime: '14:00',
    endTime: '17:00',
    deputyIds: sitting.map((deputy) => deputy.id),
    topic: null,
    validFrom: null,
    validUntil: null,
    version: 1,
    updatedAt: now,
  });
  const demoDeputy = deputies.find((deputy) => deputy.userId !== null);
  if (demoDeputy) await manager.insert(DeputyLink, { deputyId: demoDeputy.id, tenantId, token: newLinkToken(), createdAt: now });
}
