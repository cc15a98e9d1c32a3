import type { QueryRunner } from 'typeorm';

/**
 * The outbox, inbox, dead letters and idempotency keys every service keeps in its own schema.
 * Called from each service's first migration, so the tables are versioned with the service.
 */
export async function createMessagingTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  const s = `"${schema}"`;
  await queryRunner.query(`
    create table ${s}.outbox (
      seq bigserial primary key,
      event_id uuid not null unique,
      tenant_id text not null,
      subject text not null,
      event_type text not null,
      envelope jsonb not null,
      created_at timestamptz not null default clock_timestamp(),
      published_at timestamptz
    )`);
  await queryRunner.query(`create index outbox_unpublished on ${s}.outbox (seq) where published_at is null`);
  await queryRunner.query(`create index outbox_created_at on ${s}.outbox (created_at)`);
  await queryRunner.query(`
    create table ${s}.inbox (
      consumer text not null,
      event_id uuid not null,
      tenant_id text not null,
      event_type text not null,
      received_at timestamptz not null default clock_timestamp(),
      primary key (consumer, event_id)
    )`);
  await queryRunner.query(`
    create table ${s}.dead_letters (
      id bigserial primary key,
      consumer text not null,
      event_id uuid not null,
      tenant_id text not null,
      event_type text not null,
      envelope jsonb not null,
      error text not null,
      deliveries integer not null,
      failed_at timestamptz not null default clock_timestamp()
    )`);
  await queryRunner.query(`
    create table ${s}.idempotency_keys (
      tenant_id text not null,
      key text not null,
      request_hash text not null,
      response jsonb not null,
      created_at timestamptz not null default clock_timestamp(),
      primary key (tenant_id, key)
    )`);
}
