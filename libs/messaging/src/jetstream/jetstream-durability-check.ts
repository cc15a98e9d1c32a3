import { DURABILITY_OVERRIDE_VARIABLE } from '@civicloop/persistence';

/**
 * JetStream acknowledges a publish before it reaches the disk unless the server syncs always.
 * Reads the server's own /varz and refuses to start otherwise (unless the loud override is set).
 */
export async function assertJetStreamDurable(monitorUrl: string | undefined, log: (message: string) => void): Promise<void> {
  const problem = await findProblem(monitorUrl);
  if (!problem) return;
  const message = `nats-server is not durable (${problem}): acknowledged events could be lost in a crash`;
  if (process.env[DURABILITY_OVERRIDE_VARIABLE] === '1') {
    log(`WARNING: ${message}; starting anyway because ${DURABILITY_OVERRIDE_VARIABLE}=1`);
    return;
  }
  throw new Error(`${message}. Set jetstream { sync_interval: always }, or ${DURABILITY_OVERRIDE_VARIABLE}=1 to start anyway.`);
}

async function findProblem(monitorUrl: string | undefined): Promise<string | null> {
  if (!monitorUrl) return 'no monitoring URL (CIVICLOOP_NATS_MONITOR_URL) to check sync_interval';
  const response = await fetch(new URL('/varz', monitorUrl));
  if (!response.ok) return `/varz answered ${response.status}`;
  const varz = (await response.json()) as { jetstream?: { config?: { sync_always?: boolean; sync_interval?: unknown } } };
  const config = varz.jetstream?.config;
  if (!config) return 'JetStream is not enabled';
  return config.sync_always === true ? null : `sync_always is ${String(config.sync_always)}, sync_interval ${String(config.sync_interval)}`;
}
