import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DistrictSnapshot, type DistrictReferenceRows } from './district-snapshot';
import { SnapshotMemoSubscriber } from './snapshot-memo.subscriber';
import { cachedSnapshot, SnapshotCache, type VersionedLoad } from './snapshot-cache';

/** Districts whose snapshots one process keeps; a district beyond that is read again when next used. */
export const SNAPSHOT_CACHE_DISTRICTS = 1_000;

const VERSION_SQL = `select version::text as version from dispatch.reference_versions where tenant_id = $1`;

/**
 * Everything in ONE statement, so the rows and the version are one consistent picture even while
 * an admin commits a change (READ COMMITTED gives each statement its own snapshot).
 */
const LOAD_SQL = `select
  (select version::text from dispatch.reference_versions where tenant_id = $1) as version,
  (select json_build_object('timeZone', time_zone, 'rules', rules) from dispatch.districts where tenant_id = $1) as district,
  (select coalesce(json_agg(json_build_object('year', year, 'holidays', holidays, 'makeUpWorkdays', make_up_workdays, 'source', source) order by year), '[]')
     from dispatch.calendar_years where tenant_id = $1) as calendar_years,
  (select coalesce(json_agg(json_build_object('code', code, 'name', name, 'kind', kind, 'parentCode', parent_code) order by code), '[]')
     from dispatch.units where tenant_id = $1) as units,
  (select coalesce(json_agg(json_build_object('code', code, 'name', name, 'parentCode', parent_code) order by code), '[]')
     from dispatch.areas where tenant_id = $1) as areas,
  (select coalesce(json_agg(json_build_object('code', code, 'name', name, 'parentCode', parent_code, 'autoDispatch', auto_dispatch) order by code), '[]')
     from dispatch.categories where tenant_id = $1) as categories,
  (select coalesce(json_agg(json_build_object('id', id, 'categoryCode', category_code, 'areaCode', area_code, 'unitCode', unit_code,
       'coHandlerCodes', co_handler_codes, 'priority', priority) order by id), '[]')
     from dispatch.catalogue_rules where tenant_id = $1) as catalogue_rules`;

interface LoadRow {
  version: string | null;
  district: DistrictReferenceRows['district'];
  calendar_years: DistrictReferenceRows['calendarYears'];
  units: DistrictReferenceRows['units'];
  areas: DistrictReferenceRows['areas'];
  categories: DistrictReferenceRows['categories'];
  catalogue_rules: DistrictReferenceRows['catalogueRules'];
}

/**
 * The district's reference data (rule book, calendar, units, areas, categories, catalogue) as an
 * in-memory snapshot, right across replicas: each transaction reads the district's version
 * (dispatch.reference_versions, moved by a trigger on every write of those tables) and gets the
 * cached snapshot only when it has exactly that version. A transaction asks once; it asks again
 * after it writes reference data itself. See docs/adr/0021.
 */
@Injectable()
export class DistrictSnapshotService implements OnModuleInit {
  private readonly cache = new SnapshotCache<DistrictSnapshot>(SNAPSHOT_CACHE_DISTRICTS);
  /** Per transaction (a transaction has its own EntityManager): the snapshots it has already checked. */
  private readonly checked = new WeakMap<EntityManager, Map<string, DistrictSnapshot>>();

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(new SnapshotMemoSubscriber((manager) => this.checked.delete(manager)));
  }

  async snapshot(manager: EntityManager, tenantId: string): Promise<DistrictSnapshot> {
    const known = this.checked.get(manager)?.get(tenantId);
    if (known) return known;
    const [row] = (await manager.query(VERSION_SQL, [tenantId])) as Array<{ version: string }>;
    const snapshot = await cachedSnapshot(this.cache, tenantId, row?.version ?? null, () => load(manager, tenantId));
    let checked = this.checked.get(manager);
    if (!checked) this.checked.set(manager, (checked = new Map()));
    checked.set(tenantId, snapshot);
    return snapshot;
  }
}

async function load(manager: EntityManager, tenantId: string): Promise<VersionedLoad<DistrictSnapshot>> {
  const [row] = (await manager.query(LOAD_SQL, [tenantId])) as LoadRow[];
  const snapshot = new DistrictSnapshot({
    district: row.district,
    calendarYears: row.calendar_years,
    units: row.units,
    areas: row.areas,
    categories: row.categories,
    catalogueRules: row.catalogue_rules,
  });
  return { version: row.version, value: snapshot };
}
