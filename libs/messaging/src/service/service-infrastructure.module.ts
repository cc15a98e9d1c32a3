import { Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { DataSource } from 'typeorm';
import { CLOCK } from '@civicloop/clock';
import { assertPostgresDurable, assertUnprivilegedRole, createServiceDataSource, migrate, TenantTransactions } from '@civicloop/persistence';
import { CommandExecutor } from '../commands/command-executor';
import { COMMAND_CLIENT, type CommandClient } from '../commands/command-client';
import { NatsCommandClient } from '../jetstream/nats-command-client';
import { EVENT_PUBLISHER, type EventPublisher } from '../event-publisher';
import { DeadLetterTable } from '../inbox/dead-letters';
import { EventInbox } from '../inbox/event-inbox';
import { ensureCivicStream } from '../jetstream/civic-stream';
import { assertJetStreamDurable } from '../jetstream/jetstream-durability-check';
import { JetStreamPublisher } from '../jetstream/jetstream-publisher';
import { OutboxRelay } from '../outbox/outbox-relay';
import { OutboxWriter } from '../outbox/outbox-writer';
import { HealthController } from './health.controller';
import { SERVICE_DEFINITION, SERVICE_RUNTIME, type ServiceDefinition, type ServiceRuntime } from './service-runtime';

/**
 * Runs last on app.close(): Nest closes the transports (which finish the messages in flight) after
 * the before-shutdown hooks, so the relay and the database must outlive those, not precede them.
 */
class InfrastructureShutdown implements OnApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * The platform half of every service: its database (migrated, durability checked), tenant
 * transactions, outbox and relay, inbox, command executor, dead letters and health endpoints.
 */
@Module({})
export class ServiceInfrastructureModule {
  static forService(definition: ServiceDefinition, runtime: ServiceRuntime): DynamicModule {
    const logger = new Logger(definition.name);
    const log = (message: string) => logger.warn(message);
    return {
      module: ServiceInfrastructureModule,
      global: true,
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_RUNTIME, useValue: runtime },
        { provide: SERVICE_DEFINITION, useValue: definition },
        { provide: CLOCK, useValue: runtime.clock },
        {
          provide: DataSource,
          useFactory: async () => {
            const dataSource = createServiceDataSource({
              url: runtime.databaseUrl,
              schema: definition.schema,
              entities: definition.entities,
              migrations: definition.migrations,
              poolSize: runtime.poolSize,
              applicationName: `civicloop-${definition.name}`,
            });
            if (runtime.migrationDatabaseUrl) await migrateAsOwner(definition, runtime.migrationDatabaseUrl);
            await dataSource.initialize();
            if (runtime.mode === 'distributed') {
              await assertPostgresDurable(dataSource, log);
              await assertUnprivilegedRole(dataSource, definition.schema, log);
            }
            return dataSource;
          },
        },
        {
          provide: EVENT_PUBLISHER,
          useFactory: async (): Promise<EventPublisher> => {
            if (runtime.broker) return runtime.broker;
            if (!runtime.nats) throw new Error('distributed mode needs a NATS connection');
            await assertJetStreamDurable(runtime.nats.monitorUrl, log);
            await ensureCivicStream(await jetstreamManager(runtime.nats.connection), { replicas: runtime.nats.streamReplicas });
            return new JetStreamPublisher(jetstream(runtime.nats.connection));
          },
        },
        {
          provide: COMMAND_CLIENT,
          useFactory: (): CommandClient => runtime.broker ?? new NatsCommandClient(runtime.nats!.connection),
        },
        { provide: TenantTransactions, useFactory: (ds: DataSource) => new TenantTransactions(ds), inject: [DataSource] },
        { provide: OutboxWriter, useValue: new OutboxWriter(definition.schema) },
        {
          provide: OutboxRelay,
          useFactory: (tx: TenantTransactions, publisher: EventPublisher) =>
            new OutboxRelay(tx, definition.schema, publisher, { onError: (error) => logger.error(`outbox relay: ${describe(error)}`) }),
          inject: [TenantTransactions, EVENT_PUBLISHER],
        },
        {
          provide: EventInbox,
          useFactory: (tx: TenantTransactions, relay: OutboxRelay) => new EventInbox(tx, definition.schema, definition.name, (tenantIds) => relay.wake(...tenantIds)),
          inject: [TenantTransactions, OutboxRelay],
        },
        {
          provide: CommandExecutor,
          useFactory: (tx: TenantTransactions, relay: OutboxRelay) =>
            new CommandExecutor(tx, {
              schema: definition.schema,
              afterCommit: (tenantIds) => relay.wake(...tenantIds),
              logError: (message, error) => logger.error(`${message}: ${describe(error)}`),
            }),
          inject: [TenantTransactions, OutboxRelay],
        },
        { provide: DeadLetterTable, useFactory: (tx: TenantTransactions) => new DeadLetterTable(tx, definition.schema), inject: [TenantTransactions] },
        { provide: InfrastructureShutdown, useFactory: (relay: OutboxRelay, ds: DataSource) => new InfrastructureShutdown(relay, ds), inject: [OutboxRelay, DataSource] },
      ],
      exports: [COMMAND_CLIENT, SERVICE_RUNTIME, SERVICE_DEFINITION, CLOCK, DataSource, TenantTransactions, OutboxWriter, OutboxRelay, EventInbox, CommandExecutor, DeadLetterTable],
    };
  }
}

/** Migrations run as the owner role, on a connection of their own, closed before the service starts. */
export async function migrateAsOwner(definition: ServiceDefinition, url: string): Promise<void> {
  const owner = createServiceDataSource({
    url,
    schema: definition.schema,
    entities: [],
    migrations: definition.migrations,
    poolSize: 1,
    applicationName: `civicloop-${definition.name}-migrations`,
  });
  await owner.initialize();
  try {
    await migrate(owner, definition.schema);
  } finally {
    await owner.destroy();
  }
}

/** Errors are logged by name and message only: a driver error can quote row values (personal data). */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : 'unknown error';
}

