import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every step that meets a timer finds it by its assignment (signing, replying, objections,
 * co-handlers' reports). Without this index each of them read every pending deadline of every
 * district: replying cost more the more orders were open anywhere (issue 10, session 5).
 */
export class IndexDeadlinesByAssignment1766000000340 implements MigrationInterface {
  name = 'IndexDeadlinesByAssignment1766000000340';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`create index deadlines_assignment on dispatch.deadlines (tenant_id, assignment_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop index dispatch.deadlines_assignment`);
  }
}
