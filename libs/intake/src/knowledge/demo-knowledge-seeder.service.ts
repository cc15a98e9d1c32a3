import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock } from '@civicloop/clock';
import type { ActorContext } from '@civicloop/contracts';
import { runInContext, TenantTransactions } from '@civicloop/persistence';
import { characterBigrams } from '../text/character-bigrams';
import { carriesDemoTemplate, DEMO_ARTICLES } from './demo-articles';
import { DistrictReferenceClient } from './district-reference.client';
import { KnowledgeArticle, KnowledgeSeed } from './knowledge-article.entity';

/**
 * Seeds the demo articles inside intake, the first time intake's knowledge base is used in a
 * district: districts are provisioned by dispatch (its tables, its command), and intake may not
 * read them, so intake asks dispatch for the district's reference data and seeds when it carries
 * the demo template's categories and units. The seed mark (intake.knowledge_seeds) makes it once per
 * district, across replicas; a district opened empty gets the mark and no articles.
 */
@Injectable()
export class DemoKnowledgeSeeder {
  private readonly logger = new Logger(DemoKnowledgeSeeder.name);
  /** Districts known to be seeded, so a search costs no extra round trip after the first. */
  private readonly seeded = new Set<string>();

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly reference: DistrictReferenceClient,
    private readonly transactions: TenantTransactions,
  ) {}

  /** Never fails the caller's search: a failed seeding is tried again on the next one. */
  async ensureSeeded(context: ActorContext): Promise<void> {
    if (this.seeded.has(context.tenantId)) return;
    try {
      await this.seed(context);
    } catch (error) {
      this.logger.warn(`demo knowledge base not seeded for ${context.tenantId}: ${String(error)}`);
    }
  }

  private async seed(context: ActorContext): Promise<void> {
    const inTenant = <T>(work: Parameters<TenantTransactions['run']>[0]) => runInContext(context, () => this.transactions.run(work)) as Promise<T>;
    if (await inTenant(async (manager) => (await manager.findOneBy(KnowledgeSeed, { tenantId: context.tenantId })) !== null)) {
      this.seeded.add(context.tenantId);
      return;
    }
    const reference = await this.reference.fetch(context);
    // No reference data at all: not (yet) a district; nothing is stored for it.
    if (reference.categories.length === 0 && reference.units.length === 0) return;
    const demo = carriesDemoTemplate(reference);
    const now = this.clock.now();
    await inTenant(async (manager) => {
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
    });
    this.seeded.add(context.tenantId);
  }
}
