import { Logger, type DynamicModule } from '@nestjs/common';
import { connect } from '@nats-io/transport-node';
import { clockFromEnvironment } from '@civicloop/clock';
import { shutdownTelemetry } from '@civicloop/telemetry';
import { natsConnectionOptions, readDistributedConfig } from './distributed-config';
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
    const connection = await connect(natsConnectionOptions(process.env, config.natsUrl, `civicloop-${serviceName}`));
    const runtime: ServiceRuntime = {
      mode: 'distributed',
      databaseUrl: config.databaseUrl,
      migrationDatabaseUrl: config.migrationDatabaseUrl,
      clock: clockFromEnvironment(process.env),
      nats: { connection, monitorUrl: config.natsMonitorUrl, streamReplicas: config.streamReplicas, ackWaitMs: config.ackWaitMs, consumerSlots: config.consumerSlots },
    };
    const app = await startServiceApp({ serviceName, module: moduleFor(runtime), runtime, httpPort: config.httpPort, httpHost: config.httpHost, startRelay: true });
    logger.log(`${serviceName} ready; health on http://127.0.0.1:${config.httpPort}/health/ready`);
    // Order: the transport stops taking messages and finishes (and acks) those it has, then the
    // relay its batch, then the database closes (InfrastructureShutdown); draining NATS flushes the last acks.
    const stop = async (signal: string) => {
      logger.log(`${signal}: draining`);
      try {
        await app.close();
        await connection.drain();
        await shutdownTelemetry();
        logger.log('drained; exiting');
        process.exit(0);
      } catch (error) {
        logger.error(`could not drain: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      }
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  } catch (error) {
    logger.error(`${serviceName} could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
