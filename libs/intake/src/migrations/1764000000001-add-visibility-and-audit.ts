import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@civicloop/persistence';

/**
 * Who may see a request (the units it was ever assigned to; the resident who raised it), and the
 * audit of every read of a resident's unmasked identity.
 */
export class AddVisibilityAndAudit1764000000001 implements MigrationInterface {
  name = 'AddVisibilityAndAudit1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table intake.requests add column assigned_unit_codes text[] not null default '{}'`);
    await queryRunner.query(`alter table intake.requests add column resident_user_id text`);
    await queryRunner.query(`create index requests_assigned_units on intake.requests using gin (assigned_unit_codes)`);
    await queryRunner.query(`create index requests_resident_user on intake.requests (tenant_id, resident_user_id) where resident_user_id is not null`);
    await queryRunner.query(`
      create table intake.personal_data_reads (
        id bigserial primary key,
        tenant_id text not null,
        resident_id uuid not null,
        request_id uuid,
        reader_id text not null,
        reader_roles text[] not null,
        purpose text not null,
        read_at timestamptz not null default clock_timestamp()
      )`);
    await queryRunner.query(`create index personal_data_reads_resident on intake.personal_data_reads (tenant_id, resident_id, read_at)`);
    await enableTenantIsolation(queryRunner, 'intake', ['personal_data_reads']);
  }

  async down(): Promise<void> {
    throw new Error('the audit of personal data reads is never dropped by a migration');
  }
}
