import { appRoleName } from '@civicloop/persistence';
import { ApiClient, eventually, freshTenantId, type ApiResponse, type Identity } from '../support/api/api-client';
import { agent, dispatcher, drainageRequest, operator } from '../support/api/demo-people';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';
import { freePort } from '../support/stack/free-port';
import type { ServiceProcess } from '../support/stack/service-process';
import { withClient } from '../support/stack/test-database';

jest.setTimeout(240_000);

const admin: Identity = { userId: 'admin-1', roles: ['district-admin'] };
/** Enough requests in a row that each of the two replicas (a JetStream queue group) takes some of them. */
const IN_A_ROW = 8;
/** The marker of a settings change that the database refuses at COMMIT, after dispatch has read it back. */
const DOOMED_FALLBACK = 'water-authority';

interface Assignment {
  unitCode: string;
  role: 'lead' | 'co-handler';
  status: string;
}

/**
 * Dispatch keeps each district's reference data (catalogue, units, categories, rule book,
 * calendar) as an in-memory snapshot checked against one version per transaction (ADR 0021).
 * With two dispatch replicas: a change through the admin API, or straight in PostgreSQL as the
 * app role, is used by the very next dispatch in whichever replica; a change that rolled back is
 * never used — not even by the replica that read it inside the transaction that rolled back.
 */
describe('dispatch’s district reference snapshot (distributed, two dispatch replicas)', () => {
  let stack: DistributedStack;
  let dispatch2: ServiceProcess;
  let api: ApiClient;

  beforeAll(async () => {
    stack = await startDistributedStack('refsnap');
    dispatch2 = stack.processes.dispatch.replica('refsnap-dispatch2', await freePort());
    await dispatch2.start();
    const tenantId = freshTenantId('snap');
    const opened = await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '快照测试区', template: 'demo' });
    expect(opened.status).toBe(201);
    api = new ApiClient(stack.gateway, tenantId, agent);
  });

  afterAll(async () => {
    await dispatch2?.kill('SIGTERM');
    await stack?.stop();
  });

  async function register(overrides: Record<string, unknown>): Promise<string> {
    const response = await api.post('/requests', drainageRequest(overrides));
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  /** Where the request went: its lead unit once dispatched, or "queue" once it waits for a dispatcher. */
  function destinationOf(requestId: string): Promise<string> {
    return eventually(`dispatch of ${requestId}`, async () => {
      const lead = (await api.as(dispatcher).get<Assignment[]>(`/requests/${requestId}/assignments`)).body.find((a) => a.role === 'lead' && a.status !== 'withdrawn');
      if (lead) return lead.unitCode;
      const queued = (await api.as(dispatcher).get<Array<{ requestId: string }>>('/dispatch/queue')).body.some((entry) => entry.requestId === requestId);
      return queued ? 'queue' : undefined;
    });
  }

  /** Registers requests one after another, each only after the previous one was dispatched; their destinations. */
  async function destinationsInARow(overrides: Record<string, unknown>, count = IN_A_ROW): Promise<string[]> {
    return (await destinationsInARowWithIds(overrides, count)).map(([, destination]) => destination);
  }

  async function destinationsInARowWithIds(overrides: Record<string, unknown>, count: number): Promise<Array<[string, string]>> {
    const destinations: Array<[string, string]> = [];
    for (let i = 0; i < count; i++) {
      const id = await register(overrides);
      destinations.push([id, await destinationOf(id)]);
    }
    return destinations;
  }

  const sameFor = (unitCode: string, count = IN_A_ROW) => Array<string>(count).fill(unitCode);

  /** Work straight in PostgreSQL as the services' role, under row-level security in this district. */
  function asAppRole<T>(work: (query: (sql: string, params?: unknown[]) => Promise<any[]>) => Promise<T>, outcome: 'commit' | 'rollback'): Promise<T> {
    return withClient(stack.databaseUrl, async (client) => {
      await client.query('begin');
      await client.query(`set local role ${appRoleName()}`);
      await client.query(`select set_config('app.tenant', $1, true)`, [api.tenantId]);
      try {
        const result = await work(async (sql, params) => (await client.query(sql, params)).rows);
        await client.query(outcome);
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    });
  }

  const versionNow = () => asAppRole(async (query) => (await query(`select version from dispatch.reference_versions where tenant_id = $1`, [api.tenantId]))[0]?.version as string, 'commit');

  it('gives the opened district a reference version, readable by the app role in its own district only', async () => {
    expect(await versionNow()).toMatch(/^\d+$/);
    const foreign = await asAppRole((query) => query(`select tenant_id from dispatch.reference_versions`), 'commit');
    expect(foreign).toEqual([{ tenant_id: api.tenantId }]);
  });

  it('uses a catalogue change made through the admin API from the very next dispatch, in either replica', async () => {
    const overflow = { categoryCode: 'environment.garbage.overflow', areaCode: 'jingshan.huangcheng' };
    // Both replicas read the district's snapshot: environment goes to city management anywhere.
    expect(await destinationsInARow(overflow)).toEqual(sameFor('city-management'));

    const rule = { categoryCode: 'environment.garbage.overflow', areaCode: 'jingshan', leadUnitCode: 'street-jingshan', coHandlerCodes: [], priority: 0 };
    const created = await api.as(admin).post('/admin/catalogue/rules', rule);
    expect(created.status).toBe(201);
    expect(await destinationsInARow(overflow)).toEqual(sameFor('street-jingshan'));

    const removed = await send('DELETE', `/admin/catalogue/rules/${created.body.id}`);
    expect(removed.status).toBe(200);
    expect(await destinationsInARow(overflow)).toEqual(sameFor('city-management'));
  });

  it('uses a changed category and a new unit from the next dispatch and the next dispatcher’s choice', async () => {
    const signal = { categoryCode: 'traffic.signal', areaCode: 'donghua' };
    expect(await destinationsInARow(signal, 4)).toEqual(sameFor('traffic-police', 4));
    const manual = await send('PUT', '/admin/categories/traffic.signal', { name: '信号灯故障', parentCode: 'traffic', autoDispatch: false });
    expect(manual.status).toBe(200);
    const afterChange = await destinationsInARowWithIds(signal, 4);
    expect(afterChange.map(([, destination]) => destination)).toEqual(sameFor('queue', 4));
    const queued = afterChange.map(([requestId]) => requestId);

    // A dispatcher's choice is checked against the district's units: the grid is not one yet.
    const dispatchTo = (requestId: string) => api.as(dispatcher).post(`/requests/${requestId}/dispatch`, { unitCode: 'grid-snap-1', note: '快照测试' });
    const early = await dispatchTo(queued[0]);
    expect(early.status).toBe(400);
    expect(early.body.details.problems).toEqual([{ field: 'unitCode', reason: 'no unit "grid-snap-1" in this district' }]);
    const unit = await send('PUT', '/admin/units/grid-snap-1', { name: '快照网格', parentCode: 'street-jingshan', kind: 'community' });
    expect(unit.status).toBe(200);
    for (const requestId of queued) {
      const sent = await dispatchTo(requestId);
      expect(sent.status).toBe(201);
      expect(sent.body.unitCode).toBe('grid-snap-1');
    }
  });

  it('uses a change committed straight in PostgreSQL by the app role (the trigger moves the version), and never one rolled back', async () => {
    const outage = { categoryCode: 'utilities.water.outage', areaCode: 'donghua.nanchizi' };
    expect(await destinationsInARow(outage, 4)).toEqual(sameFor('water-authority', 4));
    const before = await versionNow();

    const inside = await asAppRole(async (query) => {
      await query(`update dispatch.catalogue_rules set unit_code = 'housing-bureau' where category_code = 'utilities.water'`);
      return (await query(`select version from dispatch.reference_versions where tenant_id = $1`, [api.tenantId]))[0].version as string;
    }, 'rollback');
    expect(inside).not.toBe(before);
    expect(await versionNow()).toBe(before);
    expect(await destinationsInARow(outage, 4)).toEqual(sameFor('water-authority', 4));

    await asAppRole((query) => query(`update dispatch.catalogue_rules set unit_code = 'city-management' where category_code = 'utilities.water'`), 'commit');
    expect(await versionNow()).not.toBe(before);
    expect(await destinationsInARow(outage, 4)).toEqual(sameFor('city-management', 4));
  });

  it('never uses a settings change whose transaction rolled back after dispatch had read it back inside it', async () => {
    const uncovered = { categoryCode: 'noise', areaCode: 'jingshan' };
    expect(await destinationsInARow(uncovered)).toEqual(sameFor('district-office'));
    // The database refuses this one change at COMMIT, after the settings service has read the
    // district's rule book back (from a snapshot loaded inside the doomed transaction).
    await withClient(stack.databaseUrl, async (client) => {
      await client.query(`create function dispatch.refuse_doomed_settings() returns trigger language plpgsql as $fn$
        begin
          if new.action = 'district-settings.updated' and new.after ->> 'fallbackUnitCode' = '${DOOMED_FALLBACK}' then
            raise exception 'refused at commit by the test';
          end if;
          return null;
        end $fn$`);
      await client.query(`create constraint trigger refuse_doomed_settings after insert on dispatch.admin_audit
        deferrable initially deferred for each row execute function dispatch.refuse_doomed_settings()`);
    });
    try {
      const doomed = await send('PUT', '/admin/district-settings', { settings: { fallbackUnitCode: DOOMED_FALLBACK } });
      expect(doomed.status).toBeGreaterThanOrEqual(500);
      const settings = await api.as(admin).get('/admin/district-settings');
      expect(settings.body.effective.fallbackUnitCode).toBeNull();
      expect(await destinationsInARow(uncovered)).toEqual(sameFor('district-office'));

      const kept = await send('PUT', '/admin/district-settings', { settings: { fallbackUnitCode: 'city-management' } });
      expect(kept.status).toBe(200);
      expect(kept.body.effective.fallbackUnitCode).toBe('city-management');
      expect(await destinationsInARow(uncovered)).toEqual(sameFor('city-management'));
    } finally {
      await withClient(stack.databaseUrl, (client) => client.query(`drop trigger refuse_doomed_settings on dispatch.admin_audit; drop function dispatch.refuse_doomed_settings()`));
    }
  });

  /** PUT and DELETE as the district's admin (the shared client speaks GET and POST). */
  async function send<T = any>(method: 'PUT' | 'DELETE', path: string, body?: unknown): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${await api.gateway.tokens(admin, api.tenantId)}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${api.gateway.url}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, etag: response.headers.get('etag') };
  }
});
