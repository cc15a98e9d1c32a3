import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { PreparingClient, preparedStatementsEnabled } from './preparing-client';

export interface ServiceDataSourceOptions {
  url: string;
  /** The service's own PostgreSQL schema; no service reads another's. */
  schema: string;
  entities: MixedList<string | (new () => unknown) | EntitySchema>;
  migrations: MixedList<string | (new () => unknown)>;
  poolSize?: number;
  applicationName: string;
}

export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    applicationName: options.applicationName,
    extra: { max: options.poolSize ?? 10, ...(preparedStatementsEnabled() ? { Client: PreparingClient } : {}) },
  });
}

/** Migrations need the schema to exist before TypeORM can create its bookkeeping table in it. */
export async function migrate(dataSource: DataSource, schema: string): Promise<void> {
  await dataSource.query(`create schema if not exists "${schema}"`);
  await dataSource.runMigrations({ transaction: 'each' });
}
