import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@civicloop/persistence';

/** Photos of requests (附件), small images kept beside the request they show. */
export class CreateAttachments1765000000002 implements MigrationInterface {
  name = 'CreateAttachments1765000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table intake.attachments (
        id uuid primary key,
        tenant_id text not null,
        request_id uuid not null,
        file_name text not null,
        content_type text not null,
        size integer not null,
        data bytea not null,
        uploaded_by text not null,
        uploaded_at timestamptz not null
      )`);
    await queryRunner.query(`create index attachments_request on intake.attachments (tenant_id, request_id)`);
    await enableTenantIsolation(queryRunner, 'intake', ['attachments']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table intake.attachments`);
  }
}
