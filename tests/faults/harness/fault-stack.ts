import { startDistributedStack, SERVICES, type DistributedStack, type ServiceName } from '../../support/stack/distributed-stack';
import { freePort } from '../../support/stack/free-port';
import type { ServiceProcess } from '../../support/stack/service-process';
import type { FaultTarget } from './fault-run';
import { assertProductionDurability } from './preflight';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPostgres } = require('../../support/servers/postgres');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureNatsServer, startNats } = require('../../support/servers/nats');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startToxiproxy } = require('../../support/servers/toxiproxy');

/** What the scenarios break: the servers and the proxies in front of them. */
export interface Postgres {
  url: string;
  port: number;
  stopImmediate(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}
export interface Nats {
  url: string;
  monitorUrl: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}
export interface Toxiproxy {
  proxy(name: string, upstreamPort: number): Promise<number>;
  setEnabled(name: string, enabled: boolean): Promise<unknown>;
  addToxic(name: string, toxic: Record<string, unknown>): Promise<unknown>;
  removeToxic(name: string, toxicName: string): Promise<unknown>;
  destroy(): Promise<void>;
}

export interface FaultStackOptions {
  /** Put toxiproxy between every service and NATS (proxy nats-<service>) and PostgreSQL (proxy pg). */
  proxies?: boolean;
  /** A second dispatch process on the same durable consumer. */
  secondDispatch?: boolean;
}

export interface FaultStack {
  target: FaultTarget;
  stack: DistributedStack;
  processes: Record<ServiceName, ServiceProcess> & { dispatch2?: ServiceProcess };
  pg: Postgres;
  nats: Nats;
  toxiproxy?: Toxiproxy;
  stop(): Promise<void>;
}

/** Short enough that a frozen consumer's messages go to the other replica within seconds. */
export const FAULT_ACK_WAIT_MS = 5_000;
/** One client, a handful of demo people, several commands a second: the per-user limit is not under test here. */
const SERVICE_ENV = { CIVICLOOP_ACK_WAIT_MS: String(FAULT_ACK_WAIT_MS), CIVICLOOP_RATE_LIMIT_PER_MINUTE: '1000000' };

/**
 * PostgreSQL 15, nats-server 2.15 (and toxiproxy) of the suite's own — the scenarios stop and
 * restart them, so they cannot be the run's shared servers — checked for production durability
 * before anything starts, and the five services on them.
 */
export async function startFaultStack(prefix: string, options: FaultStackOptions = {}): Promise<FaultStack> {
  const owned: Array<{ destroy(): Promise<void> }> = [];
  const stopOwned = async () => {
    for (const server of owned.reverse()) await server.destroy().catch(() => undefined);
  };
  try {
    const pg: Postgres = await startPostgres();
    owned.push(pg);
    const nats: Nats = await startNats({ binary: ensureNatsServer() });
    owned.push(nats);
    await assertProductionDurability(pg.url, nats.monitorUrl);
    const toxiproxy: Toxiproxy | undefined = options.proxies ? await startToxiproxy() : undefined;
    if (toxiproxy) owned.push(toxiproxy);
    const pgUrl = toxiproxy ? withPort(pg.url, await toxiproxy.proxy('pg', pg.port)) : pg.url;
    const extraEnv: Partial<Record<ServiceName, Record<string, string>>> = {};
    for (const name of SERVICES) {
      const natsUrl = toxiproxy ? withPort(nats.url, await toxiproxy.proxy(`nats-${name}`, nats.port)) : nats.url;
      extraEnv[name] = { ...SERVICE_ENV, CIVICLOOP_NATS_URL: natsUrl };
    }
    const stack = await startDistributedStack(prefix, extraEnv, {}, { pgUrl, natsUrl: nats.url, natsMonitorUrl: nats.monitorUrl });
    const processes: FaultStack['processes'] = { ...stack.processes };
    if (options.secondDispatch) {
      processes.dispatch2 = stack.processes.dispatch.replica(`${prefix}-dispatch2`, await freePort());
      await processes.dispatch2.start();
    }
    // Checks and backlog read PostgreSQL directly: a slowed or cut proxy must not slow the judge.
    const databaseUrl = withPort(stack.databaseUrl, pg.port);
    return {
      target: { gateway: stack.gateway, databaseUrl, natsUrl: nats.url },
      stack,
      processes,
      pg,
      nats,
      toxiproxy,
      stop: async () => {
        await processes.dispatch2?.kill('SIGTERM');
        await stack.stop().catch(() => undefined);
        await stopOwned();
      },
    };
  } catch (error) {
    await stopOwned();
    throw error;
  }
}

function withPort(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.port = String(port);
  return parsed.toString();
}
