import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@civicloop/persistence';

const NEW_TABLES = ['month_changes', 'month_counts'];

/** Tables whose rows carry the month they count in: a change marks that month (and the old one on update). */
const MONTH_TABLES = ['assignment_facts', 'request_outcomes', 'invalid_callbacks'];
/**
 * Tables about a whole request: a change marks every month that request's facts count in. An
 * outcome is both: its arrival also changes whether the request's invalid callback is listed.
 */
const REQUEST_TABLES = ['assessment_appeals', 'unreasonable_flags', 'request_outcomes'];

/**
 * A month's counts as a read model (docs/adr/0017): `month_counts` keeps each month's per-unit
 * tallies, so a ranking reads O(units) rows instead of the month's facts. Statement triggers on
 * the fact tables append the months a statement touched to `month_changes` in the writer's own
 * transaction — append-only, so writers never wait on each other — and a reader recounts a month
 * whose changes it finds, deleting exactly the ones it saw before reading the facts.
 */
export class AddMonthCounts1766000000200 implements MigrationInterface {
  name = 'AddMonthCounts1766000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table reporting.month_changes (
        tenant_id text not null,
        month text not null,
        changed_at timestamptz not null default now()
      )`);
    await queryRunner.query(`create index month_changes_month on reporting.month_changes (tenant_id, month)`);
    await queryRunner.query(`
      create table reporting.month_counts (
        tenant_id text not null,
        month text not null,
        counted jsonb not null,
        computed_at timestamptz not null,
        primary key (tenant_id, month)
      )`);
    // Appeals and flags name a request: find its months without scanning the month's facts.
    await queryRunner.query(`create index assignment_facts_request on reporting.assignment_facts (tenant_id, request_id)`);
    await queryRunner.query(`create index invalid_callbacks_request on reporting.invalid_callbacks (tenant_id, request_id)`);

    // Transition tables allow one event per trigger, hence three triggers per table.
    await queryRunner.query(`
      create function reporting.note_months_of_rows() returns trigger language plpgsql as $fn$
      begin
        insert into reporting.month_changes (tenant_id, month) select distinct tenant_id, month from changed_rows where month is not null;
        return null;
      end $fn$`);
    await queryRunner.query(`
      create function reporting.note_months_of_updates() returns trigger language plpgsql as $fn$
      begin
        insert into reporting.month_changes (tenant_id, month)
          select tenant_id, month from changed_rows where month is not null
          union select tenant_id, month from old_rows where month is not null;
        return null;
      end $fn$`);
    await queryRunner.query(`
      create function reporting.note_months_of_requests() returns trigger language plpgsql as $fn$
      begin
        insert into reporting.month_changes (tenant_id, month)
          select f.tenant_id, f.month from reporting.assignment_facts f join changed_rows c using (tenant_id, request_id) where f.month is not null
          union select o.tenant_id, o.month from reporting.request_outcomes o join changed_rows c using (tenant_id, request_id)
          union select i.tenant_id, i.month from reporting.invalid_callbacks i join changed_rows c using (tenant_id, request_id);
        return null;
      end $fn$`);
        for (const table of MONTH_TABLES) {
      await queryRunner.query(`create trigger ${table}_inserted after insert on reporting.${table} referencing new table as changed_rows for each statement execute function reporting.note_months_of_rows()`);
      await queryRunner.query(`create trigger ${table}_updated after update on reporting.${table} referencing old table as old_rows new table as changed_rows for each statement execute function reporting.note_months_of_updates()`);
      await queryRunner.query(`create trigger ${table}_deleted after delete on reporting.${table} referencing old table as changed_rows for each statement execute function reporting.note_months_of_rows()`);
    }
    for (const table of REQUEST_TABLES) {
      await queryRunner.query(`create trigger ${table}_request_inserted after insert on reporting.${table} referencing new table as changed_rows for each statement execute function reporting.note_months_of_requests()`);
      await queryRunner.query(`create trigger ${table}_request_updated after update on reporting.${table} referencing new table as changed_rows for each statement execute function reporting.note_months_of_requests()`);
      await queryRunner.query(`create trigger ${table}_request_deleted after delete on reporting.${table} referencing old table as changed_rows for each statement execute function reporting.note_months_of_requests()`);
    }
    await enableTenantIsolation(queryRunner, 'reporting', NEW_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of MONTH_TABLES) {
      for (const event of ['inserted', 'updated', 'deleted']) await queryRunner.query(`drop trigger ${table}_${event} on reporting.${table}`);
    }
    for (const table of REQUEST_TABLES) {
      for (const event of ['inserted', 'updated', 'deleted']) await queryRunner.query(`drop trigger ${table}_request_${event} on reporting.${table}`);
    }
    for (const fn of ['note_months_of_rows', 'note_months_of_updates', 'note_months_of_requests']) await queryRunner.query(`drop function reporting.${fn}()`);
    await queryRunner.query(`drop index reporting.assignment_facts_request`);
    await queryRunner.query(`drop index reporting.invalid_callbacks_request`);
    for (const table of NEW_TABLES) await queryRunner.query(`drop table reporting.${table}`);
  }
}
