import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addressKey } from '../duplicates/places';
import { characterBigrams } from '../text/character-bigrams';

/**
 * Triage outcomes (分类处置) and duplicates (并单) on the request: optional WGS-84 coordinates, the
 * address and description in the forms the duplicate query compares (an address key; the
 * description's character pairs, GIN-indexed), and the outcome or the primary the request follows.
 */
export class AddTriageAndDuplicates1765000000000 implements MigrationInterface {
  name = 'AddTriageAndDuplicates1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      alter table intake.requests
        add column latitude double precision,
        add column longitude double precision,
        add column address_key text not null default '',
        add column description_bigrams text[] not null default '{}',
        add column triage_outcome text,
        add column triage_reason text,
        add column triage_article_id uuid,
        add column triage_article_title text,
        add column emergency_service text,
        add column referred_to text,
        add column triaged_at timestamptz,
        add column merged_into_request_id uuid,
        add column merged_into_order_no text,
        add column merge_reason text,
        add column merged_at timestamptz,
        add constraint requests_coordinates_together check ((latitude is null) = (longitude is null)),
        add constraint requests_coordinates_wgs84 check (latitude between -90 and 90 and longitude between -180 and 180)`);
    await queryRunner.query(`create index requests_description_bigrams on intake.requests using gin (description_bigrams)`);
    await queryRunner.query(`create index requests_duplicate_lookup on intake.requests (tenant_id, category_code, registered_at desc)`);
    await queryRunner.query(`create index requests_coordinates on intake.requests (tenant_id, latitude, longitude) where latitude is not null`);
    await queryRunner.query(`create index requests_merged_into on intake.requests (tenant_id, merged_into_request_id) where merged_into_request_id is not null`);
    await backfillDuplicateKeys(queryRunner);
  }

  async down(): Promise<void> {
    throw new Error('triage outcomes and merges are part of the record and are not dropped by a migration');
  }
}

/** Earlier requests get their address key and character pairs, in batches (the same functions as registration). */
async function backfillDuplicateKeys(queryRunner: QueryRunner): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: Array<{ id: string; address: string; description: string }> = await queryRunner.query(
      `select id, address, description from intake.requests where id > $1 order by id limit 500`,
      [after],
    );
    if (rows.length === 0) return;
    for (const row of rows) {
      await queryRunner.query(`update intake.requests set address_key = $2, description_bigrams = $3 where id = $1`, [
        row.id,
        addressKey(row.address),
        characterBigrams(row.description),
      ]);
    }
    after = rows[rows.length - 1].id;
  }
}
