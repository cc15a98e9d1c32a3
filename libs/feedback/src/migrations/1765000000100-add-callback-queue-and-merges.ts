import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@civicloop/persistence';

/**
 * The callback queue (回访) and the rule book's feedback rules: when and why a case became due a
 * callback, which assignments are co-handlers (history only: the lead replies for all), how many
 * calls each callback took, and merged duplicates (并单) that are called back with their primary.
 */
export class AddCallbackQueueAndMerges1765000000100 implements MigrationInterface {
  name = 'AddCallbackQueueAndMerges1765000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `alter table feedback.cases add column callback_due_since timestamptz, add column callback_because text, add column primary_request_id uuid`,
    );
    await queryRunner.query(`create index cases_callback_queue on feedback.cases (tenant_id, callback_due_since) where callback_due_since is not null`);
    // Older assignments were all leads.
    await queryRunner.query(`alter table feedback.case_assignments add column role text not null default 'lead', add column lead_assignment_id uuid`);
    await queryRunner.query(`alter table feedback.callbacks add column call_no integer, add column final boolean`);
    await queryRunner.query(`create index callbacks_attempt on feedback.callbacks (tenant_id, request_id, attempt)`);
    await queryRunner.query(`
      create table feedback.merged_requests (
        tenant_id text not null,
        request_id uuid not null,
        primary_request_id uuid not null,
        merged_at timestamptz not null,
        primary key (tenant_id, request_id)
      )`);
    await queryRunner.query(`create index merged_requests_primary on feedback.merged_requests (tenant_id, primary_request_id)`);
    await enableTenantIsolation(queryRunner, 'feedback', ['merged_requests']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table feedback.merged_requests`);
    await queryRunner.query(`alter table feedback.callbacks drop column final, drop column call_no`);
    await queryRunner.query(`alter table feedback.case_assignments drop column lead_assignment_id, drop column role`);
    await queryRunner.query(`alter table feedback.cases drop column primary_request_id, drop column callback_because, drop column callback_due_since`);
  }
}
