import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables } from '@civicloop/messaging';

export class CreateDispatchTables1763900000300 implements MigrationInterface {
  name = 'CreateDispatchTables1763900000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTables(queryRunner, 'dispatch');
    await queryRunner.query(`
      create table dispatch.districts (
        tenant_id text primary key,
        name text not null,
        time_zone text not null
      )`);
    await queryRunner.query(`
      create table dispatch.calendar_years (
        tenant_id text not null,
        year integer not null,
        holidays text[] not null,
        make_up_workdays text[] not null,
        source text not null,
        primary key (tenant_id, year)
      )`);
    for (const table of ['units', 'areas', 'categories']) {
      await queryRunner.query(`
        create table dispatch.${table} (
          tenant_id text not null,
          code text not null,
          name text not null,
          parent_code text,
          ${table === 'units' ? `kind text not null,` : ''}
          ${table === 'categories' ? `auto_dispatch boolean not null default true,` : ''}
          primary key (tenant_id, code)
        )`);
    }
    await queryRunner.query(`
      create table dispatch.catalogue_rules (
        id uuid primary key,
        tenant_id text not null,
        category_code text not null,
        area_code text,
        unit_code text not null,
        priority integer not null default 0
      )`);
    await queryRunner.query(`create index catalogue_rules_tenant on dispatch.catalogue_rules (tenant_id)`);
    await queryRunner.query(`
      create table dispatch.requests (
        tenant_id text not null,
        request_id uuid not null,
        category_code text not null,
        area_code text not null,
        urgency text not null,
        attempt integer not null,
        status text not null,
        suggested_unit_code text,
        queue_reason text,
        queued_at timestamptz,
        primary key (tenant_id, request_id)
      )`);
    await queryRunner.query(`create index dispatch_queue on dispatch.requests (tenant_id, queued_at) where status = 'queued'`);
    await queryRunner.query(`
      create table dispatch.assignments (
        id uuid primary key,
        tenant_id text not null,
        request_id uuid not null,
        unit_code text not null,
        attempt integer not null,
        status text not null,
        dispatched_at timestamptz not null,
        sign_for_deadline timestamptz not null,
        feedback_deadline timestamptz not null,
        signed_at timestamptz,
        objection_reason text,
        reason jsonb not null,
        version integer not null
      )`);
    await queryRunner.query(`create index assignments_unit on dispatch.assignments (tenant_id, unit_code, dispatched_at desc)`);
    await queryRunner.query(`create index assignments_request on dispatch.assignments (tenant_id, request_id)`);
    // Timers are rows, claimed with SKIP LOCKED, so a replay can run them on virtual time.
    await queryRunner.query(`
      create table dispatch.deadlines (
        id uuid primary key,
        tenant_id text not null,
        assignment_id uuid not null,
        kind text not null,
        due_at timestamptz not null,
        state text not null
      )`);
    await queryRunner.query(`create index deadlines_pending on dispatch.deadlines (due_at) where state = 'pending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop schema dispatch cascade`);
  }
}
