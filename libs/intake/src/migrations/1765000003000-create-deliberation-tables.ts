import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@civicloop/persistence';

const TABLES = ['community_issues', 'deliberation_sessions', 'deliberation_items', 'deliberation_tasks'];

/**
 * Community deliberation (阳光议事; issue 9, docs/adr/0014): community issues and their triage,
 * sessions with agenda items (options, vote, decision) and follow-up tasks; row-level security
 * like every tenant table.
 */
export class CreateDeliberationTables1765000003000 implements MigrationInterface {
  name = 'CreateDeliberationTables1765000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table intake.deliberation_sessions (
        id uuid primary key,
        tenant_id text not null,
        community_area_code text not null,
        community_name text not null,
        community_unit_code text,
        street_unit_code text,
        date date not null,
        place text not null,
        state text not null check (state in ('planned', 'held', 'decided', 'closed')),
        participants jsonb not null,
        minutes text,
        planned_by text not null,
        planned_at timestamptz not null,
        held_at timestamptz,
        decided_at timestamptz,
        closed_at timestamptz,
        version integer not null
      )`);
    await queryRunner.query(`create index deliberation_sessions_by_community on intake.deliberation_sessions (tenant_id, community_area_code, date)`);
    await queryRunner.query(`
      create table intake.community_issues (
        id uuid primary key,
        tenant_id text not null,
        community_area_code text not null,
        community_name text not null,
        community_unit_code text,
        street_unit_code text,
        text text not null,
        source text not null check (source in ('building-round', 'suggestion-box', 'chat-group', 'visit')),
        state text not null check (state in ('collected', 'self-solved', 'community', 'on-agenda', 'decided', 'solved', 'ordered')),
        level text check (level in ('self-solved', 'community', 'department')),
        reporter_resident_id uuid references intake.residents (id),
        resolution text,
        collected_by text not null,
        collected_at timestamptz not null,
        triaged_by text,
        triaged_at timestamptz,
        session_id uuid references intake.deliberation_sessions (id),
        order_unit_code text,
        order_unit_name text,
        order_category_code text,
        order_type text,
        ordered_at timestamptz,
        request_id uuid,
        version integer not null
      )`);
    await queryRunner.query(`create index community_issues_by_community on intake.community_issues (tenant_id, community_area_code, collected_at)`);
    await queryRunner.query(`
      create table intake.deliberation_items (
        id uuid primary key,
        tenant_id text not null,
        session_id uuid not null references intake.deliberation_sessions (id),
        issue_id uuid not null unique references intake.community_issues (id),
        position integer not null,
        options text[] not null,
        counts integer[],
        ballots integer,
        decision_kind text check (decision_kind in ('option', 'order')),
        decision_option integer,
        decision_note text
      )`);
    await queryRunner.query(`create index deliberation_items_by_session on intake.deliberation_items (session_id, position)`);
    await queryRunner.query(`
      create table intake.deliberation_tasks (
        id uuid primary key,
        tenant_id text not null,
        session_id uuid not null references intake.deliberation_sessions (id),
        item_id uuid references intake.deliberation_items (id),
        position integer not null,
        title text not null,
        owner_role text not null,
        owner_name text not null,
        due_date date not null,
        done_at timestamptz,
        done_on date,
        done_by text,
        note text
      )`);
    await queryRunner.query(`create index deliberation_tasks_by_session on intake.deliberation_tasks (session_id, position)`);
    await enableTenantIsolation(queryRunner, 'intake', TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['deliberation_tasks', 'deliberation_items', 'community_issues', 'deliberation_sessions']) await queryRunner.query(`drop table intake.${table}`);
  }
}
