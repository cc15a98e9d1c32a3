import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@civicloop/persistence';

const TABLES = ['stations', 'station_points', 'station_schedules', 'deputy_links', 'station_issues', 'station_message_counters'];

/**
 * Deputy liaison stations (issue 9; docs/adr/0014): stations and their points, opening schedules,
 * the deputies' public links, the issues raised at a station or written online, and the counter of
 * their message numbers — every table under row-level security like the other engagement tables.
 */
export class CreateStationTables1765000001100 implements MigrationInterface {
  name = 'CreateStationTables1765000001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table intake.stations (
        id uuid primary key,
        tenant_id text not null,
        name text not null,
        street_unit_code text not null,
        area_code text not null,
        address text not null,
        latitude double precision check (latitude between -90 and 90),
        longitude double precision check (longitude between -180 and 180),
        version integer not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        unique (tenant_id, name)
      )`);
    await queryRunner.query(`
      create table intake.station_points (
        id uuid primary key,
        tenant_id text not null,
        station_id uuid not null references intake.stations (id),
        name text not null,
        area_code text not null,
        address text not null,
        latitude double precision check (latitude between -90 and 90),
        longitude double precision check (longitude between -180 and 180),
        position integer not null
      )`);
    await queryRunner.query(`create index station_points_by_station on intake.station_points (tenant_id, station_id)`);
    await queryRunner.query(`
      create table intake.station_schedules (
        id uuid primary key,
        tenant_id text not null,
        station_id uuid not null references intake.stations (id),
        point_id uuid references intake.station_points (id),
        rule jsonb not null,
        start_time text not null,
        end_time text not null,
        deputy_ids uuid[] not null,
        topic text,
        valid_from date,
        valid_until date,
        version integer not null,
        updated_at timestamptz not null
      )`);
    await queryRunner.query(`create index station_schedules_by_station on intake.station_schedules (tenant_id, station_id)`);
    await queryRunner.query(`
      create table intake.deputy_links (
        deputy_id uuid primary key references intake.deputies (id),
        tenant_id text not null,
        token text not null,
        created_at timestamptz not null,
        unique (tenant_id, token)
      )`);
    await queryRunner.query(`
      create table intake.station_issues (
        id uuid primary key,
        tenant_id text not null,
        message_no text not null,
        code_hash text not null,
        source text not null check (source in ('visit', 'online')),
        station_id uuid references intake.stations (id),
        schedule_id uuid references intake.station_schedules (id),
        opening_date date,
        deputy_ids uuid[] not null,
        resident_id uuid not null references intake.residents (id),
        resident_user_id text,
        text text not null,
        category_code text,
        area_code text,
        address text,
        state text not null check (state in ('received', 'accepted', 'handed-on', 'answered', 'closed')),
        received_at timestamptz not null,
        received_by text not null,
        accepted_at timestamptz,
        accepted_by text,
        handed_on_at timestamptz,
        request_type text,
        unit_code text,
        hand_on_note text,
        request_id uuid,
        reply_text text,
        first_reply_at timestamptz,
        replied_by text,
        closed_at timestamptz,
        version integer not null,
        unique (tenant_id, message_no)
      )`);
    await queryRunner.query(`create index station_issues_deputies on intake.station_issues using gin (deputy_ids)`);
    await queryRunner.query(`create index station_issues_by_station on intake.station_issues (tenant_id, station_id, received_at)`);
    await queryRunner.query(`create index station_issues_by_resident on intake.station_issues (tenant_id, resident_user_id) where resident_user_id is not null`);
    await queryRunner.query(`
      create table intake.station_message_counters (
        tenant_id text not null,
        year integer not null,
        last_value integer not null,
        primary key (tenant_id, year)
      )`);
    await enableTenantIsolation(queryRunner, 'intake', TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`drop table intake.${table}`);
  }
}
