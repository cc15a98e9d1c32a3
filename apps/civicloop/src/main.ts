import '@civicloop/telemetry/register-embedded';
import 'reflect-metadata';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { startEmbeddedCivicLoop, startEmbeddedPostgres } from '@civicloop/embedded';

/** `npm start`: everything in one process on embedded PostgreSQL, with the demo district. */
async function main(): Promise<void> {
  const logger = new Logger('civicloop');
  const dataDir = process.env.CIVICLOOP_DATA_DIR ?? defaultDataDir();
  const httpPort = Number(process.env.CIVICLOOP_HTTP_PORT ?? 3000);
  const pgPort = Number(process.env.CIVICLOOP_EMBEDDED_PG_PORT ?? 54329);
  const database = await startEmbeddedPostgres(dataDir, pgPort, (line) => logger.debug(line));
  const civicloop = await startEmbeddedCivicLoop({ databaseUrl: database.url, migrationDatabaseUrl: database.ownerUrl, httpPort, realmKeyFile: join(dataDir, 'realm-key.pem'), demoTenantIds: (process.env.CIVICLOOP_DEMO_TENANTS ?? 'demo,demo2').split(',') });
  const base = civicloop.url.replace('[::1]', '127.0.0.1');
  logger.log(`CivicLoop is running (embedded mode, data in ${dataDir})`);
  logger.log(`Portal:  ${base}/`);
  logger.log(`API:     ${base}/api/v1`);
  logger.log(`OpenAPI: ${base}/api/docs`);
  logger.log(`Sign in: POST ${base}/api/v1/dev/login {"username":"demo-agent"} (users: deploy/keycloak/demo-users.json)`);
  const stop = async () => {
    await civicloop.stop();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/** Under the user's home; as root under /var/lib, since PostgreSQL's own user cannot enter /root. */
function defaultDataDir(): string {
  return process.getuid?.() === 0 ? '/var/lib/civicloop' : join(homedir(), '.civicloop', 'data');
}

main().catch((error) => {
  new Logger('civicloop').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
