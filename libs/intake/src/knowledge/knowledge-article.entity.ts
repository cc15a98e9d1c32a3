import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ArticleStatus } from './article-workflow';

/** A knowledge-base article (知识库): a policy or standard answer kept by its unit, reviewed by the district. */
@Entity({ name: 'knowledge_articles' })
export class KnowledgeArticle {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column() title!: string;
  @Column() body!: string;
  @Column({ name: 'category_codes', type: 'text', array: true }) categoryCodes!: string[];
  @Column({ name: 'owner_unit_code' }) ownerUnitCode!: string;
  /** YYYY-MM-DD in the district's time zone; validTo inclusive, null for open-ended. */
  @Column({ name: 'valid_from', type: 'date' }) validFrom!: string;
  @Column({ name: 'valid_to', type: 'date', nullable: true }) validTo!: string | null;
  @Column({ type: 'text' }) status!: ArticleStatus;
  @Column() version!: number;
  /** Title and body as character pairs: the GIN-indexed pre-filter of a search. */
  @Column({ name: 'search_bigrams', type: 'text', array: true }) searchBigrams!: string[];
  @Column({ name: 'created_by' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ name: 'reviewed_by', type: 'text', nullable: true }) reviewedBy!: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @Column({ name: 'review_note', type: 'text', nullable: true }) reviewNote!: string | null;
}

/** A district whose demo articles were seeded (or found not to be a demo district): seeded once. */
@Entity({ name: 'knowledge_seeds' })
export class KnowledgeSeed {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @Column() articles!: number;
  @Column({ name: 'seeded_at', type: 'timestamptz' }) seededAt!: Date;
}
