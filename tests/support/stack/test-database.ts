import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { appRoleName, ensureAppRole } from '@civicloop/persistence';

/** A fresh database on the run's PostgreSQL server, so each suite starts from nothing. */
export async function createTestDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  await withClient(serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface ServiceDatabase {
  /** The superuser of the test server, on the fresh database: migrations and assertions. */
  ownerUrl: string;
  /** The app role the services use, bound by row-level security. */
  appUrl: string;
  drop(): Promise<void>;
}

/** A fresh database, and the app role's URL for it (the role is cluster-wide, its password per run). */
export async function createServiceDatabase(prefix: string, serverUrl = process.env.CIVICLOOP_TEST_PG_URL!): Promise<ServiceDatabase> {
  const database = await createTestDatabase(serverUrl, prefix);
  const appUrl = await ensureAppRole(database.url, appRoleName(), APP_ROLE_PASSWORD);
  return { ownerUrl: database.url, appUrl, drop: database.drop };
}

const APP_ROLE_PASSWORD = `test_${randomUUID().replace(/-/g, '')}`;
