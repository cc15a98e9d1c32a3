import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@civicloop/persistence';

/**
 * The knowledge base (知识库): articles kept by units and reviewed by the district, searchable in
 * Chinese through their character pairs (GIN), and the mark that a district's demo articles were seeded.
 */
export class CreateKnowledgeBase1765000000001 implements MigrationInterface {
  name = 'CreateKnowledgeBase1765000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table intake.knowledge_articles (
        id uuid primary key,
        tenant_id text not null,
        title text not null,
        body text not null,
        category_codes text[] not null,
        owner_unit_code text not null,
        valid_from date not null,
        valid_to date,
        status text not null check (status in ('draft', 'in-review', 'published', 'rejected')),
        version integer not null,
        search_bigrams text[] not null,
        created_by text not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        reviewed_by text,
        reviewed_at timestamptz,
        review_note text,
        check (valid_to is null or valid_to >= valid_from)
      )`);
    await queryRunner.query(`create index knowledge_articles_search on intake.knowledge_articles using gin (search_bigrams)`);
    await queryRunner.query(`create index knowledge_articles_categories on intake.knowledge_articles using gin (category_codes)`);
    await queryRunner.query(`create index knowledge_articles_status on intake.knowledge_articles (tenant_id, status, owner_unit_code)`);
    await queryRunner.query(`
      create table intake.knowledge_seeds (
        tenant_id text primary key,
        articles integer not null,
        seeded_at timestamptz not null
      )`);
    await enableTenantIsolation(queryRunner, 'intake', ['knowledge_articles', 'knowledge_seeds']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table intake.knowledge_seeds`);
    await queryRunner.query(`drop table intake.knowledge_articles`);
  }
}
