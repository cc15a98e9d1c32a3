import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@civicloop/persistence';

/**
 * What hotspots (热点) are counted from: one row per registered request with its month, category,
 * place and resident (by id; the person stays in intake). Appended once per request.registered.
 */
export class AddRequestFacts1766000001200 implements MigrationInterface {
  name = 'AddRequestFacts1766000001200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table reporting.request_facts (
        tenant_id text not null,
        request_id uuid not null,
        month text not null,
        registered_at timestamptz not null,
        category_code text not null,
        area_code text not null,
        resident_id uuid not null,
        channel text not null,
        type text not null,
        primary key (tenant_id, request_id)
      )`);
    // Covering indexes: a month's counts by category or by place are read from the index alone.
    await queryRunner.query(`create index request_facts_category on reporting.request_facts (tenant_id, month, category_code)`);
    await queryRunner.query(`create index request_facts_area on reporting.request_facts (tenant_id, month, area_code)`);
    await queryRunner.query(`create index request_facts_resident on reporting.request_facts (tenant_id, month, resident_id)`);
    await enableTenantIsolation(queryRunner, 'reporting', ['request_facts']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table reporting.request_facts`);
  }
}
