import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@civicloop/persistence';

/** The tables a district snapshot reads (DistrictSnapshotService): every write to them moves the version. */
const REFERENCE_TABLES = ['districts', 'calendar_years', 'units', 'areas', 'categories', 'catalogue_rules'] as const;

/**
 * One version per district of its reference data (docs/adr/0021). Statement-level triggers with
 * transition tables: provisioning a district (a few multi-row inserts) moves the version once per
 * statement, not once per row. The version comes from a sequence, so a number a rolled-back
 * transaction took is never seen again: a snapshot loaded inside it can never pass for a committed state.
 */
export class AddReferenceVersions1765000000330 implements MigrationInterface {
  name = 'AddReferenceVersions1765000000330';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`create sequence dispatch.reference_version_seq`);
    await queryRunner.query(`create table dispatch.reference_versions (tenant_id text primary key, version bigint not null)`);
    // Also grants the app role usage of the new sequence (nextval runs as the writer, under RLS).
    await enableTenantIsolation(queryRunner, 'dispatch', ['reference_versions']);
    // Transition tables exist only in the branch's own trigger (one event per trigger), so each
    // branch names only its own. Rows of several districts (the owner's maintenance) are upserted
    // in tenant order, so two such statements cannot deadlock on each other.
    await queryRunner.query(`
      create function dispatch.bump_reference_version() returns trigger language plpgsql as $fn$
      begin
        if tg_op = 'INSERT' then
          insert into dispatch.reference_versions (tenant_id, version)
            select tenant_id, nextval('dispatch.reference_version_seq') from (select distinct tenant_id from new_rows order by tenant_id) changed
            on conflict (tenant_id) do update set version = excluded.version;
        elsif tg_op = 'UPDATE' then
          insert into dispatch.reference_versions (tenant_id, version)
            select tenant_id, nextval('dispatch.reference_version_seq')
              from (select tenant_id from new_rows union select tenant_id from old_rows order by tenant_id) changed
            on conflict (tenant_id) do update set version = excluded.version;
        else
          insert into dispatch.reference_versions (tenant_id, version)
            select tenant_id, nextval('dispatch.reference_version_seq') from (select distinct tenant_id from old_rows order by tenant_id) changed
            on conflict (tenant_id) do update set version = excluded.version;
        end if;
        return null;
      end $fn$`);
    for (const table of REFERENCE_TABLES) {
      const on = `dispatch.${table}`;
      const run = 'for each statement execute function dispatch.bump_reference_version()';
      await queryRunner.query(`create trigger ${table}_version_insert after insert on ${on} referencing new table as new_rows ${run}`);
      await queryRunner.query(`create trigger ${table}_version_update after update on ${on} referencing old table as old_rows new table as new_rows ${run}`);
      await queryRunner.query(`create trigger ${table}_version_delete after delete on ${on} referencing old table as old_rows ${run}`);
    }
    // Districts opened before this migration: each gets its first version now.
    await queryRunner.query(`
      insert into dispatch.reference_versions (tenant_id, version)
        select tenant_id, nextval('dispatch.reference_version_seq') from (select tenant_id from dispatch.districts order by tenant_id) opened
        on conflict (tenant_id) do nothing`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of REFERENCE_TABLES) {
      for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`drop trigger ${table}_version_${event} on dispatch.${table}`);
    }
    await queryRunner.query(`drop function dispatch.bump_reference_version()`);
    await queryRunner.query(`drop table dispatch.reference_versions`);
    await queryRunner.query(`drop sequence dispatch.reference_version_seq`);
  }
}
