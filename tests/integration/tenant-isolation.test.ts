import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SystemClock } from '@civicloop/clock';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { DispatchModule } from '@civicloop/dispatch';
import { IntakeModule } from '@civicloop/intake';
import { InProcessBroker, OutboxRelay, startServiceApp, type ServiceRuntime } from '@civicloop/messaging';
import { assertUnprivilegedRole } from '@civicloop/persistence';
import { drainageRequest } from '../support/api/demo-people';
import { createServiceDatabase, withClient, type ServiceDatabase } from '../support/stack/test-database';

jest.setTimeout(120_000);

/**
 * Isolation the second time, in PostgreSQL: even a query that forgets `where tenant_id = …`
 * sees only the district of its transaction, and cannot write into another.
 */
describe('row-level security between districts', () => {
  let database: ServiceDatabase;
  const apps: INestApplication[] = [];
  const broker = new InProcessBroker();
  const registered: Record<string, string> = {};

  const actor = (tenantId: string, roles: ActorContext['roles']): ActorContext => ({ tenantId, userId: `${roles[0]}-1`, roles, unitCodes: [] });

  beforeAll(async () => {
    database = await createServiceDatabase('isolation');
    const runtime: ServiceRuntime = { mode: 'embedded', databaseUrl: database.appUrl, migrationDatabaseUrl: database.ownerUrl, clock: new SystemClock(), broker };
    apps.push(await startServiceApp({ serviceName: 'intake', module: IntakeModule.register(runtime), runtime, startRelay: false }));
    apps.push(await startServiceApp({ serviceName: 'dispatch', module: DispatchModule.register(runtime), runtime, startRelay: false }));
    for (const app of apps) app.get(OutboxRelay).start();
    for (const tenantId of ['district-a', 'district-b']) {
      const opened = await broker.send(Subjects.ProvisionDistrict, { context: actor(tenantId, ['platform-operator']), payload: { tenantId, name: tenantId, template: 'demo' } });
      expect(opened.ok).toBe(true);
      const reply = await broker.send<{ id: string }>(Subjects.RegisterRequest, { context: actor(tenantId, ['agent']), payload: drainageRequest() });
      if (!reply.ok) throw new Error(reply.error.message);
      registered[tenantId] = reply.data.id;
    }
  });

  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
    await database?.drop();
  });

  async function asApp<T>(tenantId: string | null, work: (client: Client) => Promise<T>): Promise<T> {
    return withClient(database.appUrl, async (client) => {
      await client.query('begin');
      try {
        if (tenantId) await client.query(`select set_config('app.tenant', $1, true)`, [tenantId]);
        return await work(client);
      } finally {
        await client.query('rollback');
      }
    });
  }

  it('shows a query without a tenant filter only the rows of its own district', async () => {
    const rows = await asApp('district-a', async (client) => (await client.query('select id, tenant_id from intake.requests')).rows);
    expect(rows.map((row) => row.tenant_id)).toEqual(['district-a']);
    expect(rows.map((row) => row.id)).not.toContain(registered['district-b']);
    const residents = await asApp('district-a', async (client) => (await client.query('select tenant_id from intake.residents')).rows);
    expect(new Set(residents.map((row) => row.tenant_id))).toEqual(new Set(['district-a']));
  });

  it('shows nothing at all to a transaction that set no district', async () => {
    for (const table of ['intake.requests', 'intake.residents', 'intake.outbox', 'dispatch.assignments', 'dispatch.units']) {
      const [{ n }] = await asApp(null, async (client) => (await client.query(`select count(*)::int as n from ${table}`)).rows);
      expect({ table, n }).toEqual({ table, n: 0 });
    }
  });

  it('refuses to write a row into another district, and updates none of its rows', async () => {
    await expect(
      asApp('district-a', (client) => client.query(`insert into dispatch.units (tenant_id, code, name, parent_code, kind) values ('district-b', 'x', 'x', null, 'department')`)),
    ).rejects.toThrow(/row-level security/);
    const updated = await asApp('district-a', async (client) => (await client.query(`update intake.requests set address = 'hijacked' where id = $1`, [registered['district-b']])).rowCount);
    expect(updated).toBe(0);
  });

  it('gives the services a role that cannot change the schema', async () => {
    await expect(asApp('district-a', (client) => client.query('drop table intake.requests'))).rejects.toThrow(/must be owner/);
  });

  it('lets a distributed service refuse to run as a superuser, and accept the app role', async () => {
    const superuser = new DataSource({ type: 'postgres', url: database.ownerUrl });
    const app = new DataSource({ type: 'postgres', url: database.appUrl });
    await Promise.all([superuser.initialize(), app.initialize()]);
    try {
      await expect(assertUnprivilegedRole(superuser, 'intake', () => undefined)).rejects.toThrow(/superuser/);
      await expect(assertUnprivilegedRole(app, 'intake', () => undefined)).resolves.toBeUndefined();
    } finally {
      await Promise.all([superuser.destroy(), app.destroy()]);
    }
  });
});
