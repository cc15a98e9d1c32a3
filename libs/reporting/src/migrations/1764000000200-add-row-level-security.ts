import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureMessagingTables } from '@civicloop/messaging';
import { enableTenantIsolation } from '@civicloop/persistence';

/** Districts are isolated by PostgreSQL too: every table of the schema under row-level security. */
export class AddReportingRowLevelSecurity1764000000200 implements MigrationInterface {
  name = 'AddReportingRowLevelSecurity1764000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await secureMessagingTables(queryRunner, 'reporting');
    await enableTenantIsolation(queryRunner, 'reporting', ['assignment_facts', 'request_outcomes']);
  }

  async down(): Promise<void> {
    throw new Error('row-level security is not removed by a migration');
  }
}
