import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@civicloop/persistence';

/** Objections (派单异议) and extensions (延期) as records of their own: who, when, why, and what was decided. */
export class AddObjectionsAndExtensions1765000000310 implements MigrationInterface {
  name = 'AddObjectionsAndExtensions1765000000310';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table dispatch.objections (
        id uuid primary key,
        tenant_id text not null,
        assignment_id uuid not null,
        request_id uuid not null,
        attempt integer not null,
        unit_code text not null,
        objection_no integer not null,
        reason text not null,
        state text not null,
        reviewer_role text not null,
        raised_by text not null,
        raised_at timestamptz not null,
        window_ends_at timestamptz not null,
        review_due_at timestamptz,
        manager_id text,
        manager_decided_at timestamptz,
        manager_note text,
        reviewed_by text,
        reviewed_at timestamptz,
        review_note text,
        reassigned_unit_code text,
        reassigned_assignment_id uuid
      )`);
    await queryRunner.query(`create index objections_request on dispatch.objections (tenant_id, request_id, attempt)`);
    await queryRunner.query(`create index objections_open on dispatch.objections (tenant_id, state, raised_at)`);
    await queryRunner.query(`create index objections_assignment on dispatch.objections (tenant_id, assignment_id)`);
    await queryRunner.query(`
      create table dispatch.extensions (
        id uuid primary key,
        tenant_id text not null,
        assignment_id uuid not null,
        request_id uuid not null,
        attempt integer not null,
        unit_code text not null,
        reason text not null,
        requested_deadline timestamptz not null,
        previous_deadline timestamptz not null,
        original_deadline timestamptz not null,
        state text not null,
        requested_by text not null,
        requested_at timestamptz not null,
        manager_id text,
        manager_decided_at timestamptz,
        decided_by text,
        decided_role text,
        decided_at timestamptz,
        note text,
        version integer not null
      )`);
    await queryRunner.query(`create index extensions_assignment on dispatch.extensions (tenant_id, assignment_id)`);
    await queryRunner.query(`create index extensions_open on dispatch.extensions (tenant_id, state, requested_at)`);
    await enableTenantIsolation(queryRunner, 'dispatch', ['objections', 'extensions']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table dispatch.extensions`);
    await queryRunner.query(`drop table dispatch.objections`);
  }
}
