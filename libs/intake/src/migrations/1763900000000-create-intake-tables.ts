import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables } from '@civicloop/messaging';

export class CreateIntakeTables1763900000000 implements MigrationInterface {
  name = 'CreateIntakeTables1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTables(queryRunner, 'intake');
    // Personal data lives only here; events carry resident_id.
    await queryRunner.query(`
      create table intake.residents (
        id uuid primary key,
        tenant_id text not null,
        name text not null,
        phone text not null,
        created_at timestamptz not null
      )`);
    await queryRunner.query(`create index residents_phone on intake.residents (tenant_id, phone)`);
    await queryRunner.query(`
      create table intake.order_counters (
        tenant_id text not null,
        year integer not null,
        last_value integer not null,
        primary key (tenant_id, year)
      )`);
    await queryRunner.query(`
      create table intake.requests (
        id uuid primary key,
        tenant_id text not null,
        order_no text not null,
        channel text not null,
        type text not null,
        category_code text not null,
        area_code text not null,
        address text not null,
        description text not null,
        urgency text not null,
        confidential boolean not null,
        resident_id uuid not null references intake.residents (id),
        status text not null,
        attempt integer not null,
        current_unit_code text,
        version integer not null,
        registered_at timestamptz not null,
        registered_by text not null,
        unique (tenant_id, order_no)
      )`);
    await queryRunner.query(`create index requests_tenant_registered on intake.requests (tenant_id, registered_at desc)`);
    await queryRunner.query(`
      create table intake.request_history (
        event_id uuid primary key,
        tenant_id text not null,
        request_id uuid not null,
        type text not null,
        occurred_at timestamptz not null,
        actor_id text not null,
        actor_roles text[] not null,
        data jsonb not null
      )`);
    await queryRunner.query(`create index request_history_request on intake.request_history (tenant_id, request_id, occurred_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop schema intake cascade`);
  }
}
