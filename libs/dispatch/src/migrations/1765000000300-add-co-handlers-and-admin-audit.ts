import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@civicloop/persistence';

/**
 * Lead and co-handlers (首接负责, 吹哨报到) in the catalogue and on assignments, the supervising
 * copy of a street's orders, and the audit trail of district administration.
 */
export class AddCoHandlersAndAdminAudit1765000000300 implements MigrationInterface {
  name = 'AddCoHandlersAndAdminAudit1765000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table dispatch.catalogue_rules add column co_handler_codes text[] not null default '{}'`);
    await queryRunner.query(`
      alter table dispatch.assignments
        add column role text not null default 'lead',
        add column lead_assignment_id uuid,
        add column report_deadline timestamptz,
        add column reported_at timestamptz,
        add column report_text text,
        add column supervising_unit_code text`);
    await queryRunner.query(`create index assignments_lead on dispatch.assignments (tenant_id, lead_assignment_id) where lead_assignment_id is not null`);
    await queryRunner.query(`
      create table dispatch.admin_audit (
        id uuid primary key,
        tenant_id text not null,
        actor_id text not null,
        actor_roles text[] not null,
        action text not null,
        subject text not null,
        before jsonb,
        after jsonb,
        at timestamptz not null
      )`);
    await queryRunner.query(`create index admin_audit_tenant_at on dispatch.admin_audit (tenant_id, at desc)`);
    await enableTenantIsolation(queryRunner, 'dispatch', ['admin_audit']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table dispatch.admin_audit`);
    await queryRunner.query(`drop index dispatch.assignments_lead`);
    await queryRunner.query(`
      alter table dispatch.assignments
        drop column role, drop column lead_assignment_id, drop column report_deadline,
        drop column reported_at, drop column report_text, drop column supervising_unit_code`);
    await queryRunner.query(`alter table dispatch.catalogue_rules drop column co_handler_codes`);
  }
}
