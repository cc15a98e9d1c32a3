import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localRealmTokens } from '../../support/api/test-tokens';
import { freePort } from '../../support/stack/free-port';
import { ServiceProcess } from '../../support/stack/service-process';
import type { FaultTarget } from './fault-run';

export interface EmbeddedTarget {
  target: FaultTarget;
  process: ServiceProcess;
  stop(): Promise<void>;
}

/** `npm start`'s process (embedded PostgreSQL, in-process broker) on a fresh data directory of its own. */
export async function startEmbeddedTarget(): Promise<EmbeddedTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), 'civicloop-faults-embedded-'));
  const [httpPort, pgPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${httpPort}`;
  const civicloop = new ServiceProcess({
    name: 'faults-embedded',
    entry: 'apps/civicloop/src/main.ts',
    healthUrl: `${baseUrl}/health/ready`,
    env: { CIVICLOOP_DATA_DIR: dataDir, CIVICLOOP_HTTP_PORT: String(httpPort), CIVICLOOP_EMBEDDED_PG_PORT: String(pgPort), CIVICLOOP_RATE_LIMIT_PER_MINUTE: '1000000' },
  });
  const stop = async () => {
    // A run that failed after a kill -9 may have left the process's PostgreSQL behind: a start
    // stops that one, and SIGTERM stops the process with its own.
    if (civicloop.exitStatus !== undefined) await civicloop.start().catch(() => undefined);
    await civicloop.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await civicloop.start();
  } catch (error) {
    await stop();
    throw error;
  }
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  return {
    target: {
      gateway: { url: baseUrl, tokens: localRealmTokens(baseUrl, join(dataDir, 'realm-key.pem')) },
      databaseUrl: `postgres://civicloop:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/civicloop`,
    },
    process: civicloop,
    stop,
  };
}
