import type { QueryRunner } from 'typeorm';
import { createCrossTenantFunction, enableTenantIsolation } from '@civicloop/persistence';

export const MESSAGING_TABLES = ['outbox', 'inbox', 'dead_letters', 'idempotency_keys'];

/**
 * Row-level security on the messaging tables, and the two cross-tenant reads the relay needs:
 * which tenants have unpublished rows, and how many there are. The relay then claims rows per tenant.
 */
export async function secureMessagingTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  await enableTenantIsolation(queryRunner, schema, MESSAGING_TABLES);
  await createCrossTenantFunction(
    queryRunner,
    schema,
    'outbox_pending_tenants()',
    'setof text',
    `select distinct tenant_id from "${schema}".outbox where published_at is null`,
  );
  await createCrossTenantFunction(queryRunner, schema, 'outbox_backlog()', 'bigint', `select count(*) from "${schema}".outbox where published_at is null`);
}
