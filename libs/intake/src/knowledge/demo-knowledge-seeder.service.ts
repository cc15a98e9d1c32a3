import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import type { ActorContext, DistrictReferenceResult } from '@civicloop/contracts';
import { TenantTransactions } from '@civicloop/persistence';
import { OncePerDistrictSeeder } from '../demo/once-per-district-seeder';
import { characterBigrams } from '../text/character-bigrams';
import { carriesDemoTemplate, DEMO_ARTICLES } from './demo-articles';
import { DistrictReferenceClient } from './district-reference.client';
import { KnowledgeArticle, KnowledgeSeed } from './knowledge-article.entity';

/** The demo district's articles (知识库), seeded by intake on the district's first knowledge-base use. */
@Injectable()
export class DemoKnowledgeSeeder extends OncePerDistrictSeeder {
  constructor(@Inject(CLOCK) clock: Clock, reference: DistrictReferenceClient, transactions: TenantTransactions) {
    super('demo knowledge base', clock, reference, transactions);
  }

  protected async isMarked(manager: EntityManager, tenantId: string): Promise<boolean> {
    return (await manager.findOneBy(KnowledgeSeed, { tenantId })) !== null;
  }

  protected async markAndSeed(manager: EntityManager, context: ActorContext, reference: DistrictReferenceResult, now: Date): Promise<void> {
    const demo = carriesDemoTemplate(reference);
    const marked: unknown[] = await manager.query(
      `insert into intake.knowledge_seeds (tenant_id, articles, seeded_at) values ($1, $2, $3) on conflict (tenant_id) do nothing returning tenant_id`,
      [context.tenantId, demo ? DEMO_ARTICLES.length : 0, now],
    );
    if (marked.length === 0 || !demo) return;
    await manager.insert(
      KnowledgeArticle,
      DEMO_ARTICLES.map((article) => ({
        ...article,
        id: randomUUID(),
        tenantId: context.tenantId,
        validTo: null,
        status: 'published' as const,
        version: 1,
        searchBigrams: characterBigrams(`${article.title} ${article.body}`),
        createdBy: 'system',
        createdAt: now,
        updatedAt: now,
        reviewedBy: 'system',
        reviewedAt: now,
        reviewNote: '示范区初始知识库',
      })),
    );
  }
}
