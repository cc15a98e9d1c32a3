import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localRealmTokens, type GatewayTarget } from '../../support/api/test-tokens';
import { startDistributedStack } from '../../support/stack/distributed-stack';
import { freePort } from '../../support/stack/free-port';
import { REPO_ROOT, ServiceProcess } from '../../support/stack/service-process';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPostgres } = require('../../support/servers/postgres');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureNatsServer, startNats } = require('../../support/servers/nats');

/** The system under test, distributed or embedded, and what the bench reads of it. */
export interface Target {
  mode: 'distributed' | 'embedded';
  gateway: GatewayTarget;
  /** A superuser on the services' database: samplers and checks read across districts with it. */
  databaseUrl: string;
  /** The broker, in the distributed mode. */
  nats?: { url: string; monitorUrl: string };
  /** The CivicLoop processes, for RSS. */
  services(): Array<{ name: string; pid: number | undefined }>;
  /** Roots of the process trees whose CPU counts: the services, PostgreSQL, nats-server. */
  cpuRoots(): number[];
  /** Names of CivicLoop processes that are no longer running. */
  exited(): string[];
  stop(): Promise<void>;
}

/** Room for the bench's users: thousands of calls a second from a few dozen demo people. */
const BENCH_ENV = { CIVICLOOP_RATE_LIMIT_PER_MINUTE: '1000000' };

/**
 * Compiles the services as the container images do (scripts/build-dist.js, ≈3 s) and has the
 * stack run the compiled mains: no compiler in memory, so RSS and CPU are the production ones.
 */
function compileServices(log: (line: string) => void): void {
  const out = join(REPO_ROOT, 'dist', 'bench');
  const build = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/build-dist.js'), '--out', out], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`scripts/build-dist.js failed:\n${build.stdout}${build.stderr}`);
  process.env.CIVICLOOP_SERVICES_FROM_DIST = out;
  log(`services compiled into ${out} (as in the images)`);
}

/** PostgreSQL's postmaster from its data directory (the first line of postmaster.pid). */
function postmasterPid(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

/** A nats-server listening on `port`, found by its command line (a dev stack started it, not us). */
function natsServerPid(port: string): number | undefined {
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const argv = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (argv[0].endsWith('nats-server') && argv.includes(port)) return Number(name);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

/**
 * The five services as processes on PostgreSQL 15 (fsync, synchronous_commit on) and nats-server
 * 2.15 (sync_interval: always) of our own; or on a dev stack's servers when its environment is loaded.
 */
export async function startDistributedTarget(log: (line: string) => void): Promise<Target> {
  const owned: Array<{ destroy(): Promise<void> }> = [];
  let natsPid: () => number | undefined;
  if (process.env.CIVICLOOP_TEST_PG_URL && process.env.CIVICLOOP_TEST_NATS_URL) {
    log(`using the servers of the loaded environment (${process.env.CIVICLOOP_TEST_PG_URL.replace(/:[^:@/]*@/, ':***@')})`);
    const port = new URL(process.env.CIVICLOOP_TEST_NATS_URL).port;
    natsPid = () => natsServerPid(port);
  } else {
    const pg = await startPostgres();
    owned.push(pg);
    const nats = await startNats({ binary: ensureNatsServer({ log }) });
    owned.push(nats);
    Object.assign(process.env, {
      CIVICLOOP_TEST_PG_URL: pg.url,
      CIVICLOOP_TEST_NATS_URL: nats.url,
      CIVICLOOP_TEST_NATS_MONITOR_URL: nats.monitorUrl,
      CIVICLOOP_TEST_PG_DATA_DIR: pg.dataDir,
      CIVICLOOP_TEST_PG_BIN: pg.binDir,
    });
    natsPid = () => nats.pid ?? undefined;
    log(`PostgreSQL ${pg.port} and nats-server ${nats.url} started`);
  }
  const stopServers = async () => {
    for (const server of owned.reverse()) await server.destroy().catch(() => undefined);
  };
  try {
    compileServices(log);
    const stack = await startDistributedStack('bench', { gateway: BENCH_ENV });
    const pgDataDir = process.env.CIVICLOOP_TEST_PG_DATA_DIR!;
    const processes = Object.entries(stack.processes);
    return {
      mode: 'distributed',
      gateway: stack.gateway,
      databaseUrl: stack.databaseUrl,
      nats: { url: process.env.CIVICLOOP_TEST_NATS_URL!, monitorUrl: process.env.CIVICLOOP_TEST_NATS_MONITOR_URL! },
      services: () => processes.map(([name, service]) => ({ name, pid: service.pid })),
      cpuRoots: () => [...processes.map(([, service]) => service.pid), postmasterPid(pgDataDir), natsPid()].filter((pid): pid is number => !!pid),
      exited: () => processes.filter(([, service]) => service.exitStatus !== undefined).map(([name]) => name),
      stop: async () => {
        await stack.stop().catch((error) => log(`stopping the services: ${error}`));
        await stopServers();
      },
    };
  } catch (error) {
    await stopServers();
    throw error;
  }
}

/** `npm start`'s process (embedded PostgreSQL 18, in-process broker) on a fresh data directory. */
export async function startEmbeddedTarget(log: (line: string) => void): Promise<Target> {
  compileServices(log);
  const dataDir = mkdtempSync(join(tmpdir(), 'civicloop-bench-embedded-'));
  const [httpPort, pgPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${httpPort}`;
  const civicloop = new ServiceProcess({
    name: 'bench-embedded',
    entry: 'apps/civicloop/src/main.ts',
    healthUrl: `${baseUrl}/health/ready`,
    env: { CIVICLOOP_DATA_DIR: dataDir, CIVICLOOP_HTTP_PORT: String(httpPort), CIVICLOOP_EMBEDDED_PG_PORT: String(pgPort), ...BENCH_ENV },
  });
  try {
    await civicloop.start();
  } catch (error) {
    await civicloop.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  log(`embedded CivicLoop on ${baseUrl}, data in ${dataDir}`);
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  return {
    mode: 'embedded',
    gateway: { url: baseUrl, tokens: localRealmTokens(baseUrl, join(dataDir, 'realm-key.pem')) },
    databaseUrl: `postgres://civicloop:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/civicloop`,
    services: () => [{ name: 'civicloop', pid: civicloop.pid }],
    cpuRoots: () => [civicloop.pid, postmasterPid(join(dataDir, 'pg'))].filter((pid): pid is number => !!pid),
    exited: () => (civicloop.exitStatus === undefined ? [] : ['civicloop']),
    stop: async () => {
      await civicloop.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
