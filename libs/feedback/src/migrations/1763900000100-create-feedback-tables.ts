import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables } from '@civicloop/messaging';

export class CreateFeedbackTables1763900000100 implements MigrationInterface {
  name = 'CreateFeedbackTables1763900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTables(queryRunner, 'feedback');
    // One row per request: where its reply and callback loop stands, fed by dispatch's events.
    await queryRunner.query(`
      create table feedback.cases (
        tenant_id text not null,
        request_id uuid not null,
        assignment_id uuid,
        unit_code text,
        attempt integer not null,
        status text not null,
        version integer not null,
        updated_at timestamptz not null,
        primary key (tenant_id, request_id)
      )`);
    // Every assignment a case has seen, so a late event of a withdrawn one is told apart from an early one.
    await queryRunner.query(`
      create table feedback.case_assignments (
        tenant_id text not null,
        assignment_id uuid not null,
        request_id uuid not null,
        unit_code text not null,
        attempt integer not null,
        dispatched_at timestamptz not null,
        primary key (tenant_id, assignment_id)
      )`);
    await queryRunner.query(`create index case_assignments_request on feedback.case_assignments (tenant_id, request_id)`);
    await queryRunner.query(`
      create table feedback.replies (
        id uuid primary key,
        tenant_id text not null,
        request_id uuid not null,
        assignment_id uuid not null,
        unit_code text not null,
        attempt integer not null,
        outcome text not null,
        text text not null,
        replied_at timestamptz not null,
        replied_by text not null
      )`);
    await queryRunner.query(`create index replies_request on feedback.replies (tenant_id, request_id, replied_at)`);
    await queryRunner.query(`
      create table feedback.callbacks (
        id uuid primary key,
        tenant_id text not null,
        request_id uuid not null,
        assignment_id uuid not null,
        unit_code text not null,
        attempt integer not null,
        reached boolean not null,
        solved boolean,
        satisfaction text,
        valid boolean not null,
        recorded_at timestamptz not null,
        recorded_by text not null
      )`);
    await queryRunner.query(`create index callbacks_request on feedback.callbacks (tenant_id, request_id, recorded_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop schema feedback cascade`);
  }
}
