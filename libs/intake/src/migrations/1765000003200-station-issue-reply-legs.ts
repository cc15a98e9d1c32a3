import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A handed-on station issue (交办) gets the reception's reply chain (docs/adr/0020): the legs table
 * now belongs either to a reception issue and its letter or to a station issue, never both. The
 * timer, its cross-tenant function and the table's row-level security stay as they are.
 */
export class StationIssueReplyLegs1765000003200 implements MigrationInterface {
  name = 'StationIssueReplyLegs1765000003200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table intake.reception_legs alter column issue_id drop not null, alter column letter_id drop not null`);
    await queryRunner.query(`alter table intake.reception_legs add column station_issue_id uuid references intake.station_issues (id)`);
    await queryRunner.query(`
      alter table intake.reception_legs add constraint reception_legs_one_owner check (
        (issue_id is not null and letter_id is not null and station_issue_id is null)
        or (issue_id is null and letter_id is null and station_issue_id is not null)
      )`);
    await queryRunner.query(`create unique index reception_legs_station_issue_leg on intake.reception_legs (station_issue_id, leg) where station_issue_id is not null`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`delete from intake.reception_legs where station_issue_id is not null`);
    await queryRunner.query(`drop index intake.reception_legs_station_issue_leg`);
    await queryRunner.query(`alter table intake.reception_legs drop constraint reception_legs_one_owner`);
    await queryRunner.query(`alter table intake.reception_legs drop column station_issue_id`);
    await queryRunner.query(`alter table intake.reception_legs alter column issue_id set not null, alter column letter_id set not null`);
  }
}
