import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createCrossTenantFunction, enableTenantIsolation } from '@civicloop/persistence';

const TABLES = [
  'deputies',
  'reception_plans',
  'reception_days',
  'reception_registrations',
  'reception_issues',
  'work_letters',
  'reception_legs',
  'engagement_seeds',
];

/**
 * Deputies and reception days (issue 9; docs/adr/0014): the deputies' registry, the streets'
 * annual plans and their days, visitors, issues, work letters and the legs of their reply chain,
 * with the cross-tenant read the legs' timer needs.
 */
export class CreateEngagementTables1765000001000 implements MigrationInterface {
  name = 'CreateEngagementTables1765000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table intake.deputies (
        id uuid primary key,
        tenant_id text not null,
        name text not null,
        body text not null check (body in ('party-congress', 'peoples-congress', 'cppcc')),
        level text not null check (level in ('district', 'city', 'province', 'national')),
        profession text not null,
        expertise text[] not null,
        home_station text,
        in_system boolean not null,
        contact text,
        user_id text,
        version integer not null,
        created_at timestamptz not null,
        updated_at timestamptz not null
      )`);
    await queryRunner.query(`create index deputies_by_tenant on intake.deputies (tenant_id, body, in_system)`);
    await queryRunner.query(`create index deputies_expertise on intake.deputies using gin (expertise)`);
    await queryRunner.query(`create unique index deputies_user on intake.deputies (tenant_id, user_id) where user_id is not null`);
    await queryRunner.query(`
      create table intake.reception_plans (
        id uuid primary key,
        tenant_id text not null,
        street_unit_code text not null,
        year integer not null,
        rule jsonb not null,
        composition text not null,
        community_area_codes text[] not null,
        created_by text not null,
        created_at timestamptz not null,
        unique (tenant_id, street_unit_code, year)
      )`);
    await queryRunner.query(`
      create table intake.reception_days (
        id uuid primary key,
        tenant_id text not null,
        plan_id uuid not null references intake.reception_plans (id),
        street_unit_code text not null,
        date date not null,
        place_area_code text not null,
        team_deputy_ids uuid[] not null,
        state text not null check (state in ('planned', 'announced', 'held', 'archived')),
        announced_at timestamptz,
        prepared_at timestamptz,
        held_at timestamptz,
        present_deputy_ids uuid[],
        residents_received integer,
        archived_at timestamptz,
        version integer not null,
        unique (plan_id, date)
      )`);
    await queryRunner.query(`create index reception_days_by_street on intake.reception_days (tenant_id, street_unit_code, date)`);
    await queryRunner.query(`
      create table intake.reception_registrations (
        id uuid primary key,
        tenant_id text not null,
        reception_id uuid not null references intake.reception_days (id),
        resident_id uuid not null references intake.residents (id),
        topic text not null,
        category_code text,
        tags text[] not null,
        matched_deputy_ids uuid[] not null default '{}',
        registered_by text not null,
        registered_at timestamptz not null
      )`);
    await queryRunner.query(`
      create table intake.reception_issues (
        id uuid primary key,
        tenant_id text not null,
        reception_id uuid not null references intake.reception_days (id),
        resident_id uuid not null references intake.residents (id),
        registration_id uuid references intake.reception_registrations (id),
        deputy_ids uuid[] not null,
        type text not null,
        category_code text not null,
        area_code text not null,
        address text not null,
        description text not null,
        solved_on_site boolean not null,
        on_site_answer text,
        request_id uuid,
        typical boolean not null default false,
        typical_note text,
        recorded_by text not null,
        recorded_at timestamptz not null
      )`);
    await queryRunner.query(`create index reception_issues_by_day on intake.reception_issues (tenant_id, reception_id)`);
    await queryRunner.query(`create index reception_issues_deputies on intake.reception_issues using gin (deputy_ids)`);
    await queryRunner.query(`
      create table intake.work_letters (
        id uuid primary key,
        tenant_id text not null,
        issue_id uuid not null unique references intake.reception_issues (id),
        unit_code text not null,
        unit_name text not null,
        deliberation text not null,
        body text not null,
        signed_by_deputy_id uuid not null references intake.deputies (id),
        signed_by text not null,
        sent_at timestamptz not null,
        request_id uuid not null
      )`);
    await queryRunner.query(`
      create table intake.reception_legs (
        id uuid primary key,
        tenant_id text not null,
        issue_id uuid not null references intake.reception_issues (id),
        letter_id uuid not null references intake.work_letters (id),
        leg text not null check (leg in ('department-to-liaison', 'reply-to-deputy', 'relay-to-resident')),
        state text not null check (state in ('waiting', 'open', 'replied')),
        due_at timestamptz,
        replied_at timestamptz,
        replied_by text,
        note text,
        escalated_at timestamptz,
        unique (issue_id, leg)
      )`);
    await queryRunner.query(`create index reception_legs_due on intake.reception_legs (due_at) where state = 'open' and escalated_at is null`);
    await queryRunner.query(`
      create table intake.engagement_seeds (
        tenant_id text primary key,
        deputies integer not null,
        seeded_at timestamptz not null
      )`);
    await enableTenantIsolation(queryRunner, 'intake', TABLES);
    await createCrossTenantFunction(
      queryRunner,
      'intake',
      'reception_leg_tenants(due_by timestamptz)',
      'setof text',
      `select distinct tenant_id from intake.reception_legs where state = 'open' and escalated_at is null and due_at <= due_by`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop function intake.reception_leg_tenants(timestamptz)`);
    for (const table of [...TABLES].reverse()) await queryRunner.query(`drop table intake.${table}`);
  }
}
