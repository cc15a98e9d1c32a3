import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureMessagingTables } from '@civicloop/messaging';
import { enableTenantIsolation } from '@civicloop/persistence';

/** Districts are isolated by PostgreSQL too: every table of the schema under row-level security. */
export class AddIntakeRowLevelSecurity1764000000000 implements MigrationInterface {
  name = 'AddIntakeRowLevelSecurity1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await secureMessagingTables(queryRunner, 'intake');
    await enableTenantIsolation(queryRunner, 'intake', ['residents', 'order_counters', 'requests', 'request_history']);
  }

  async down(): Promise<void> {
    throw new Error('row-level security is not removed by a migration');
  }
}
