import { withClient } from '../../support/stack/test-database';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { assertSyncAlways } = require('../../support/servers/nats') as { assertSyncAlways(monitorUrl: string): Promise<unknown> };

/**
 * Production durability or no run: a fault suite on a server that may drop acknowledged writes
 * would blame the application for the server's settings. PostgreSQL must report fsync and
 * synchronous_commit on; nats-server's /varz must show JetStream syncing every write.
 */
export async function assertProductionDurability(databaseUrl: string, natsMonitorUrl: string): Promise<void> {
  const settings = await withClient(databaseUrl, async (client) => (await client.query(`select current_setting('fsync') as fsync, current_setting('synchronous_commit') as sync`)).rows[0]);
  if (settings.fsync !== 'on' || settings.sync !== 'on') {
    throw new Error(`refusing to run: PostgreSQL has fsync=${settings.fsync}, synchronous_commit=${settings.sync} (both must be on)`);
  }
  await assertSyncAlways(natsMonitorUrl).catch((error: Error) => {
    throw new Error(`refusing to run: ${error.message}`);
  });
}
