import { Logger, type DynamicModule } from '@nestjs/common';
import { connect } from '@nats-io/transport-node';
import { SystemClock } from '@civicloop/clock';
import { readDistributedConfig } from './distributed-config';
import type { ServiceDefinition, ServiceRuntime } from './service-runtime';
import { migrateAsOwner } from './service-infrastructure.module';
import { startServiceApp } from './start-service-app';

/**
 * The main of a service process in the distributed mode: connects to NATS and PostgreSQL, starts
 * the service, and on SIGTERM stops taking work, finishes what is in flight, then exits.
 */
export async function runDistributedService(
  definition: ServiceDefinition,
  moduleFor: (runtime: ServiceRuntime) => DynamicModule,
  defaultPort: number,
): Promise<void> {
  const serviceName = definition.name;
  const logger = new Logger(serviceName);
  try {
    const config = readDistributedConfig(process.env, defaultPort);
    if (process.env.CIVICLOOP_MIGRATE_ONLY === '1') {
      // A release's migration Job: migrate this service's schema as the owner, then exit.
      if (!config.migrationDatabaseUrl) throw new Error('CIVICLOOP_MIGRATE_ONLY=1 needs CIVICLOOP_MIGRATION_DATABASE_URL (the owner role)');
      await migrateAsOwner(definition, config.migrationDatabaseUrl);
      logger.log('migrations applied');
      process.exit(0);
    }
    if (!config.databaseUrl) throw new Error('set CIVICLOOP_DATABASE_URL (see README, "Configuration")');
    const connection = await connect({ servers: config.natsUrl, name: `civicloop-${serviceName}`, maxReconnectAttempts: -1 });
    const runtime: ServiceRuntime = {
      mode: 'distributed',
      databaseUrl: config.databaseUrl,
      migrationDatabaseUrl: config.migrationDatabaseUrl,
      clock: new SystemClock(),
      nats: { connection, monitorUrl: config.natsMonitorUrl, streamReplicas: config.streamReplicas, ackWaitMs: config.ackWaitMs },
    };
    const app = await startServiceApp({ serviceName, module: moduleFor(runtime), runtime, httpPort: config.httpPort, startRelay: true });
    logger.log(`${serviceName} ready; health on http://127.0.0.1:${config.httpPort}/health/ready`);
    const stop = async (signal: string) => {
      logger.log(`${signal}: draining`);
      await app.close();
      await connection.drain();
      process.exit(0);
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  } catch (error) {
    logger.error(`${serviceName} could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
