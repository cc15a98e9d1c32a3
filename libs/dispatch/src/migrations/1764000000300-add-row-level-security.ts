import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureMessagingTables } from '@civicloop/messaging';
import { createCrossTenantFunction, enableTenantIsolation } from '@civicloop/persistence';

/** Districts are isolated by PostgreSQL too: every table of the schema under row-level security. */
export class AddDispatchRowLevelSecurity1764000000300 implements MigrationInterface {
  name = 'AddDispatchRowLevelSecurity1764000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await secureMessagingTables(queryRunner, 'dispatch');
    await enableTenantIsolation(queryRunner, 'dispatch', ['districts', 'calendar_years', 'units', 'areas', 'categories', 'catalogue_rules', 'requests', 'assignments', 'deadlines']);
    // The deadline timer asks which districts have timers due, then fires them per district.
    await createCrossTenantFunction(
      queryRunner,
      'dispatch',
      'due_deadline_tenants(due_by timestamptz)',
      'setof text',
      `select distinct tenant_id from dispatch.deadlines where state = 'pending' and due_at <= due_by`,
    );
  }

  async down(): Promise<void> {
    throw new Error('row-level security is not removed by a migration');
  }
}
