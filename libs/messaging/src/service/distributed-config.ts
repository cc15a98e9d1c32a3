import { readFileSync } from 'node:fs';
import { credsAuthenticator, type NodeConnectionOptions } from '@nats-io/transport-node';
/** Configuration of a process in the distributed mode, from CIVICLOOP_* environment variables. */
export interface DistributedConfig {
  databaseUrl: string;
  /** The owner role: migrations run with it at start (or in a release Job); services never query with it. */
  migrationDatabaseUrl: string | undefined;
  natsUrl: string;
  natsMonitorUrl: string | undefined;
  streamReplicas: number;
  httpPort: number;
  /** 127.0.0.1 on a workstation; 0.0.0.0 in a container, where probes and Prometheus come from outside. */
  httpHost: string;
  /** How long JetStream waits for an ack before redelivering (tests shorten it). */
  ackWaitMs: number;
  /** Transactions a service runs at once for its events; more events wait and go in batches (docs/adr/0023). */
  consumerSlots: number;
}

export function readDistributedConfig(env: NodeJS.ProcessEnv, defaultPort: number): DistributedConfig {
  const missing = ['CIVICLOOP_NATS_URL'].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`set ${missing.join(', ')} (see README, "Configuration")`);
  return {
    databaseUrl: env.CIVICLOOP_DATABASE_URL ?? '',
    migrationDatabaseUrl: env.CIVICLOOP_MIGRATION_DATABASE_URL,
    natsUrl: env.CIVICLOOP_NATS_URL!,
    natsMonitorUrl: env.CIVICLOOP_NATS_MONITOR_URL,
    streamReplicas: Number(env.CIVICLOOP_STREAM_REPLICAS ?? 1),
    httpPort: Number(env.CIVICLOOP_HTTP_PORT ?? defaultPort),
    httpHost: env.CIVICLOOP_HTTP_HOST ?? '127.0.0.1',
    ackWaitMs: Number(env.CIVICLOOP_ACK_WAIT_MS ?? 30_000),
    consumerSlots: wholeNumberIn(env, 'CIVICLOOP_CONSUMER_SLOTS', 1, 64, DEFAULT_CONSUMER_SLOTS),
  };
}

export const DEFAULT_CONSUMER_SLOTS = 8;

function wholeNumberIn(env: NodeJS.ProcessEnv, name: string, min: number, max: number, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  return value;
}

/**
 * How a process connects to NATS: its own credentials (each service may publish only its own
 * subjects) and TLS with the cluster's CA, when the deployment provides them (chart values).
 */
export function natsConnectionOptions(env: NodeJS.ProcessEnv, servers: string, name: string): NodeConnectionOptions {
  // noAsyncTraces: a request's error would otherwise carry a stack captured up front, for every request (≈0.2 ms each).
  const options: NodeConnectionOptions = { servers, name, maxReconnectAttempts: -1, noAsyncTraces: true };
  if (env.CIVICLOOP_NATS_CREDS_FILE) options.authenticator = credsAuthenticator(new Uint8Array(readFileSync(env.CIVICLOOP_NATS_CREDS_FILE)));
  if (env.CIVICLOOP_NATS_TLS_CA_FILE) options.tls = { caFile: env.CIVICLOOP_NATS_TLS_CA_FILE };
  return options;
}
