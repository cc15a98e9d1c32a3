import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureMessagingTables } from '@civicloop/messaging';
import { enableTenantIsolation } from '@civicloop/persistence';

/** Districts are isolated by PostgreSQL too: every table of the schema under row-level security. */
export class AddFeedbackRowLevelSecurity1764000000100 implements MigrationInterface {
  name = 'AddFeedbackRowLevelSecurity1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await secureMessagingTables(queryRunner, 'feedback');
    await enableTenantIsolation(queryRunner, 'feedback', ['cases', 'case_assignments', 'replies', 'callbacks']);
  }

  async down(): Promise<void> {
    throw new Error('row-level security is not removed by a migration');
  }
}
