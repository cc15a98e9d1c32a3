import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A district's own choices in its rule book (windows, approvals, deadlines), as overrides of the defaults. */
export class AddDistrictRules1765000000290 implements MigrationInterface {
  name = 'AddDistrictRules1765000000290';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table dispatch.districts add column rules jsonb not null default '{}'::jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table dispatch.districts drop column rules`);
  }
}
