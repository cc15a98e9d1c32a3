import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@civicloop/persistence';

/** Which resident account raised each request, so that resident may rate it in the portal. */
export class AddRequestOwners1765000000110 implements MigrationInterface {
  name = 'AddRequestOwners1765000000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table feedback.request_owners (
        tenant_id text not null,
        request_id uuid not null,
        resident_user_id text not null,
        primary key (tenant_id, request_id)
      )`);
    await enableTenantIsolation(queryRunner, 'feedback', ['request_owners']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table feedback.request_owners`);
  }
}
