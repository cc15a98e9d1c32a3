import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@civicloop/persistence';

const NEW_TABLES = ['invalid_callbacks', 'assessment_appeals', 'unreasonable_flags', 'assessment_weights', 'published_rankings'];

/**
 * Assessment (考核): what is kept out of the three rates and why, the district's composite weights,
 * and monthly rankings published as frozen versions. Everything here is a recorded fact or a
 * decision; the rates are still computed from these rows every time they are read.
 */
export class AddAssessmentTables1765000000200 implements MigrationInterface {
  name = 'AddAssessmentTables1765000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Which role an assignment had (lead or co-handler), its try, and whether an upheld objection withdrew it.
    await queryRunner.query(`
      alter table reporting.assignment_facts
        add column role text,
        add column attempt integer,
        add column objection_upheld_at timestamptz,
        add column objection_upheld_note text`);
    // The final call of a callback that never reached the resident (three calls): listed, never counted.
    await queryRunner.query(`
      create table reporting.invalid_callbacks (
        tenant_id text not null,
        callback_id uuid not null,
        request_id uuid not null,
        assignment_id uuid not null,
        unit_code text not null,
        attempt integer not null,
        month text not null,
        recorded_at timestamptz not null,
        primary key (tenant_id, callback_id)
      )`);
    await queryRunner.query(`create index invalid_callbacks_month on reporting.invalid_callbacks (tenant_id, month)`);
    // 考核申诉: one appeal per assignment; decided once.
    await queryRunner.query(`
      create table reporting.assessment_appeals (
        tenant_id text not null,
        appeal_id uuid not null,
        assignment_id uuid not null,
        request_id uuid not null,
        unit_code text not null,
        reason text not null,
        state text not null check (state in ('pending', 'accepted', 'rejected')),
        appealed_by text not null,
        appealed_at timestamptz not null,
        decided_by text,
        decided_at timestamptz,
        note text,
        version integer not null,
        primary key (tenant_id, appeal_id),
        unique (tenant_id, assignment_id)
      )`);
    await queryRunner.query(`create index assessment_appeals_request on reporting.assessment_appeals (tenant_id, request_id)`);
    // 恶意/无理: one flag per request.
    await queryRunner.query(`
      create table reporting.unreasonable_flags (
        tenant_id text not null,
        request_id uuid not null,
        reason text not null,
        flagged_by text not null,
        flagged_at timestamptz not null,
        primary key (tenant_id, request_id)
      )`);
    await queryRunner.query(`
      create table reporting.assessment_weights (
        tenant_id text not null primary key,
        response double precision not null,
        resolution double precision not null,
        satisfaction double precision not null,
        basically_satisfied_weight double precision not null,
        updated_by text not null,
        updated_at timestamptz not null
      )`);
    // Published monthly rankings: version 1 as published, later versions beside it as corrections.
    await queryRunner.query(`
      create table reporting.published_rankings (
        tenant_id text not null,
        month text not null,
        version integer not null,
        published_at timestamptz not null,
        published_by text not null,
        reason text not null,
        snapshot jsonb not null,
        primary key (tenant_id, month, version)
      )`);
    await enableTenantIsolation(queryRunner, 'reporting', NEW_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of NEW_TABLES) await queryRunner.query(`drop table reporting.${table}`);
    await queryRunner.query(`
      alter table reporting.assignment_facts
        drop column role, drop column attempt, drop column objection_upheld_at, drop column objection_upheld_note`);
  }
}
