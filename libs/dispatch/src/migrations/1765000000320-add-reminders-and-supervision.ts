import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createCrossTenantFunction, enableTenantIsolation } from '@civicloop/persistence';

/**
 * Reminders before a deadline and the supervisors' queue (督办): when a timer's clock started and
 * when its reminder went out; overdue orders escalated to supervisors; their notices to units.
 */
export class AddRemindersAndSupervision1765000000320 implements MigrationInterface {
  name = 'AddRemindersAndSupervision1765000000320';

  async up(queryRunner: QueryRunner): Promise<void> {
    // starts_at null: the clock started when the assignment was dispatched.
    await queryRunner.query(`alter table dispatch.deadlines add column starts_at timestamptz, add column reminded_at timestamptz`);
    await queryRunner.query(`create index deadlines_to_remind on dispatch.deadlines (tenant_id, due_at) where state = 'pending' and reminded_at is null`);
    await queryRunner.query(`
      create table dispatch.supervision_items (
        id uuid primary key,
        tenant_id text not null,
        deadline_id uuid not null unique,
        assignment_id uuid not null,
        request_id uuid not null,
        unit_code text not null,
        kind text not null,
        due_at timestamptz not null,
        escalated_at timestamptz not null,
        state text not null,
        handled_at timestamptz,
        handled_by text
      )`);
    await queryRunner.query(`create index supervision_items_open on dispatch.supervision_items (tenant_id, escalated_at desc) where state = 'open'`);
    await queryRunner.query(`create index supervision_items_assignment on dispatch.supervision_items (tenant_id, assignment_id)`);
    await queryRunner.query(`
      create table dispatch.supervision_notices (
        id uuid primary key,
        tenant_id text not null,
        deadline_id uuid not null,
        assignment_id uuid not null,
        request_id uuid not null,
        unit_code text not null,
        attempt integer not null,
        supervised_kinds text[] not null,
        note text not null,
        due_at timestamptz not null,
        issued_at timestamptz not null,
        issued_by text not null
      )`);
    await queryRunner.query(`create index supervision_notices_unit on dispatch.supervision_notices (tenant_id, unit_code, issued_at desc)`);
    await enableTenantIsolation(queryRunner, 'dispatch', ['supervision_items', 'supervision_notices']);
    // The timer asks which districts have any pending timer that may need a reminder or is due.
    await createCrossTenantFunction(
      queryRunner,
      'dispatch',
      'timer_tenants(due_by timestamptz)',
      'setof text',
      `select distinct tenant_id from dispatch.deadlines where state = 'pending' and (due_at <= due_by or reminded_at is null)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop function dispatch.timer_tenants(timestamptz)`);
    await queryRunner.query(`drop table dispatch.supervision_notices`);
    await queryRunner.query(`drop table dispatch.supervision_items`);
    await queryRunner.query(`alter table dispatch.deadlines drop column reminded_at, drop column starts_at`);
  }
}
