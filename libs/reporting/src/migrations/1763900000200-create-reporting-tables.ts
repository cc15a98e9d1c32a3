import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables } from '@civicloop/messaging';

export class CreateReportingTables1763900000200 implements MigrationInterface {
  name = 'CreateReportingTables1763900000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTables(queryRunner, 'reporting');
    // One row per assignment, filled by whichever event arrives first: every column but the key may
    // wait for its event, and a row counts only once assignment.created (dispatched_at) is in.
    await queryRunner.query(`
      create table reporting.assignment_facts (
        tenant_id text not null,
        assignment_id uuid not null,
        request_id uuid not null,
        unit_code text,
        month text,
        dispatched_at timestamptz,
        sign_for_deadline timestamptz,
        signed_at timestamptz,
        replied_at timestamptz,
        primary key (tenant_id, assignment_id)
      )`);
    await queryRunner.query(`create index assignment_facts_month on reporting.assignment_facts (tenant_id, month, unit_code)`);
    // One row per request: its last valid callback, which alone counts for resolution and satisfaction.
    await queryRunner.query(`
      create table reporting.request_outcomes (
        tenant_id text not null,
        request_id uuid not null,
        callback_id uuid not null,
        unit_code text not null,
        attempt integer not null,
        month text not null,
        solved boolean not null,
        satisfaction text not null,
        callback_at timestamptz not null,
        primary key (tenant_id, request_id)
      )`);
    await queryRunner.query(`create index request_outcomes_month on reporting.request_outcomes (tenant_id, month, unit_code)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop schema reporting cascade`);
  }
}
