import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localRealmTokens, type GatewayTarget } from '../api/test-tokens';
import { freePort } from './free-port';
import { ServiceProcess } from './service-process';
import { createServiceDatabase } from './test-database';

export const SERVICES = ['intake', 'dispatch', 'feedback', 'reporting', 'gateway'] as const;
export type ServiceName = (typeof SERVICES)[number];

export interface DistributedStack {
  gatewayUrl: string;
  /** The gateway and tokens it accepts (its development realm; the Keycloak suite covers Keycloak). */
  gateway: GatewayTarget;
  /** The owner's URL: assertions read across districts with it. */
  databaseUrl: string;
  processes: Record<ServiceName, ServiceProcess>;
  stop(): Promise<void>;
}

/**
 * The five services as separate processes on the run's PostgreSQL (a fresh database) and
 * nats-server (a fresh CIVIC stream: suites run one after another on one server).
 */
export async function startDistributedStack(
  prefix: string,
  extraEnv: Partial<Record<ServiceName, Record<string, string>>> = {},
  /** Applied to every process, before its own extraEnv (e.g. OTEL_* for all five). */
  sharedEnv: Record<string, string> = {},
  /** Servers of the suite's own instead of the run's (the fault suites stop and restart theirs). */
  servers: StackServers = runServers(),
): Promise<DistributedStack> {
  const database = await createServiceDatabase(prefix, servers.pgUrl);
  await resetStream(servers.natsUrl);
  const processes = {} as Record<ServiceName, ServiceProcess>;
  const realmKeyFile = join(mkdtempSync(join(tmpdir(), 'civicloop-realm-')), 'realm-key.pem');
  for (const name of SERVICES) {
    const port = await freePort();
    processes[name] = new ServiceProcess({
      name: `${prefix}-${name}`,
      entry: `apps/${name}/src/main.ts`,
      healthUrl: `http://127.0.0.1:${port}/health/ready`,
      env: {
        CIVICLOOP_DATABASE_URL: database.appUrl,
        CIVICLOOP_MIGRATION_DATABASE_URL: database.ownerUrl,
        CIVICLOOP_NATS_URL: servers.natsUrl,
        CIVICLOOP_NATS_MONITOR_URL: servers.natsMonitorUrl,
        CIVICLOOP_HTTP_PORT: String(port),
        CIVICLOOP_DEV_REALM_KEY_FILE: realmKeyFile,
        ...sharedEnv,
        ...extraEnv[name],
      },
    });
  }
  // Services first, one at a time: each migrates its own schema; the gateway last.
  for (const name of SERVICES) await processes[name].start();
  const gatewayUrl = new URL(processes.gateway.healthUrl).origin;
  return {
    gatewayUrl,
    gateway: { url: gatewayUrl, tokens: localRealmTokens(gatewayUrl, realmKeyFile) },
    databaseUrl: database.ownerUrl,
    processes,
    stop: async () => {
      for (const name of [...SERVICES].reverse()) await processes[name].kill('SIGTERM');
      await database.drop();
    },
  };
}

export interface StackServers {
  pgUrl: string;
  natsUrl: string;
  natsMonitorUrl: string;
}

function runServers(): StackServers {
  return { pgUrl: process.env.CIVICLOOP_TEST_PG_URL!, natsUrl: process.env.CIVICLOOP_TEST_NATS_URL!, natsMonitorUrl: process.env.CIVICLOOP_TEST_NATS_MONITOR_URL! };
}

async function resetStream(natsUrl: string): Promise<void> {
  const connection = await connect({ servers: natsUrl });
  try {
    const jsm = await jetstreamManager(connection);
    const streams = await jsm.streams.names().next();
    if (streams.includes('CIVIC')) await jsm.streams.delete('CIVIC');
  } finally {
    await connection.close();
  }
}
