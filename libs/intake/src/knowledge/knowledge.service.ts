import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Brackets, type EntityManager } from 'typeorm';
import { CLOCK, DEFAULT_TIME_ZONE, localDate, type Clock } from '@civicloop/clock';
import {
  isUuid,
  NotFound,
  StaleVersion,
  ValidationFailed,
  type ActorContext,
  type ReviewArticlePayload,
  type SaveArticlePayload,
  type SearchArticlesPayload,
} from '@civicloop/contracts';
import { characterBigrams } from '../text/character-bigrams';
import { validArticleInput, categoryLineage } from './article-input';
import { rankArticles } from './article-relevance';
import { articleScope, canSeeArticle, isValidOn } from './article-visibility';
import { ARTICLE_STATUSES, assertMayReview, assertMayWrite, nextArticleStatus, type ArticleStatus } from './article-workflow';
import { KnowledgeArticle } from './knowledge-article.entity';

export const MAX_ARTICLE_RESULTS = 50;
/** Rows a search ranks in memory after the indexed pre-filter. */
const SEARCH_CANDIDATES = 500;

@Injectable()
export class KnowledgeService {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  today(): string {
    return localDate(this.clock.now(), DEFAULT_TIME_ZONE);
  }

  /** A unit writes a new draft (no articleId) or edits its draft or rejected article. */
  async save(manager: EntityManager, context: ActorContext, payload: SaveArticlePayload, expectedVersion?: number) {
    const input = validArticleInput(payload);
    assertMayWrite(context, input.ownerUnitCode);
    const now = this.clock.now();
    const fields = {
      title: input.title,
      body: input.body,
      categoryCodes: input.categoryCodes,
      ownerUnitCode: input.ownerUnitCode,
      validFrom: input.validFrom,
      validTo: input.validTo,
      searchBigrams: characterBigrams(`${input.title} ${input.body}`),
      updatedAt: now,
    };
    if (input.articleId === undefined) {
      const article = manager.create(KnowledgeArticle, {
        ...fields,
        id: randomUUID(),
        tenantId: context.tenantId,
        status: 'draft',
        version: 1,
        createdBy: context.userId,
        createdAt: now,
        reviewedBy: null,
        reviewedAt: null,
        reviewNote: null,
      });
      await manager.insert(KnowledgeArticle, article);
      return this.view(article);
    }
    const article = await this.findForUpdate(manager, context, input.articleId, expectedVersion);
    assertMayWrite(context, article.ownerUnitCode);
    article.status = nextArticleStatus(article.status, 'edit');
    Object.assign(article, fields, { version: article.version + 1 });
    await manager.save(article);
    return this.view(article);
  }

  /** submit: the owning unit sends it for review; approve / reject: the district, with a note (required to reject). */
  async review(manager: EntityManager, context: ActorContext, payload: ReviewArticlePayload, expectedVersion?: number) {
    const article = await this.findForUpdate(manager, context, payload.articleId, expectedVersion);
    const note = payload.note?.trim() ?? '';
    if (payload.decision === 'submit') {
      assertMayWrite(context, article.ownerUnitCode);
    } else {
      assertMayReview(context);
      if (payload.decision === 'reject' && note.length === 0) throw new ValidationFailed([{ field: 'note', reason: 'say why the article is rejected' }]);
    }
    article.status = nextArticleStatus(article.status, payload.decision);
    if (payload.decision !== 'submit') Object.assign(article, { reviewedBy: context.userId, reviewedAt: this.clock.now(), reviewNote: note || null });
    article.version += 1;
    article.updatedAt = this.clock.now();
    await manager.save(article);
    return this.view(article);
  }

  /**
   * Articles in the caller's view, most relevant first (character pairs: works for Chinese), or
   * newest first without a query. The public and residents see published articles valid today.
   */
  async search(manager: EntityManager, context: ActorContext, filter: SearchArticlesPayload) {
    const scope = articleScope(context);
    const today = this.today();
    const query = manager.createQueryBuilder(KnowledgeArticle, 'article').where('article.tenantId = :tenantId', { tenantId: context.tenantId });
    if (!scope.allStatuses) {
      query.andWhere(
        new Brackets((visible) => {
          if (scope.publishedOnlyWhenValid) {
            visible.orWhere(`article.status = 'published' and article.validFrom <= :today and (article.validTo is null or article.validTo >= :today)`, { today });
          } else visible.orWhere(`article.status = 'published'`);
          if (scope.ownUnitCodes.length > 0) visible.orWhere('article.ownerUnitCode in (:...ownUnits)', { ownUnits: scope.ownUnitCodes });
        }),
      );
    }
    if (filter.status !== undefined) {
      if (!(ARTICLE_STATUSES as readonly string[]).includes(filter.status)) throw new ValidationFailed([{ field: 'status', reason: `must be one of: ${ARTICLE_STATUSES.join(', ')}` }]);
      query.andWhere('article.status = :status', { status: filter.status });
    }
    if (filter.categoryCode) {
      const lineage = categoryLineage(filter.categoryCode);
      query.andWhere(
        `(article.categoryCodes && cast(:lineage as text[]) or exists (select 1 from unnest(article.category_codes) code where code like :prefix))`,
        { lineage: lineage.selfAndAncestors, prefix: `${escapeLike(lineage.descendantPrefix)}%` },
      );
    }
    const limit = Math.min(Math.max(filter.limit ?? 20, 1), MAX_ARTICLE_RESULTS);
    const text = filter.q?.trim() ?? '';
    if (text.length === 0) {
      const articles = await query.orderBy('article.updatedAt', 'DESC').addOrderBy('article.id', 'ASC').limit(limit).getMany();
      return articles.map((article) => ({ ...this.summary(article, today), relevance: null }));
    }
    const tokens = characterBigrams(text);
    if (tokens.length === 0) return [];
    const lone = tokens.filter((token) => [...token].length === 1);
    query.andWhere(
      new Brackets((matches) => {
        matches.orWhere('article.searchBigrams && cast(:tokens as text[])', { tokens });
        lone.forEach((char, i) => matches.orWhere(`(article.title like :lone${i} or article.body like :lone${i})`, { [`lone${i}`]: `%${escapeLike(char)}%` }));
      }),
    );
    const candidates = await query.limit(SEARCH_CANDIDATES).getMany();
    return rankArticles(text, candidates)
      .slice(0, limit)
      .map((article) => ({ ...this.summary(article, today), relevance: article.relevance }));
  }

  async get(manager: EntityManager, context: ActorContext, id: string) {
    const article = isUuid(id) ? await manager.findOneBy(KnowledgeArticle, { id, tenantId: context.tenantId }) : null;
    if (!article || !canSeeArticle(articleScope(context), article, this.today())) throw new NotFound('article', id);
    return this.view(article);
  }

  /** The article an answer cites, if it exists in the district (checked as citable by the caller). */
  findCited(manager: EntityManager, context: ActorContext, id: string): Promise<KnowledgeArticle | null> {
    return isUuid(id) ? manager.findOneBy(KnowledgeArticle, { id, tenantId: context.tenantId }) : Promise.resolve(null);
  }

  private async findForUpdate(manager: EntityManager, context: ActorContext, id: string, expectedVersion?: number): Promise<KnowledgeArticle> {
    const article = isUuid(id) ? await manager.findOne(KnowledgeArticle, { where: { id, tenantId: context.tenantId }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!article || !canSeeArticle(articleScope(context), article, this.today())) throw new NotFound('article', id);
    if (expectedVersion !== undefined && expectedVersion !== article.version) throw new StaleVersion('article', expectedVersion, article.version);
    return article;
  }

  private summary(article: KnowledgeArticle, today: string) {
    const { body, ...rest } = this.view(article);
    return { ...rest, excerpt: body.length > 120 ? `${body.slice(0, 120)}…` : body, validToday: isValidOn(article, today) };
  }

  private view(article: KnowledgeArticle) {
    return {
      id: article.id,
      title: article.title,
      body: article.body,
      categoryCodes: article.categoryCodes,
      ownerUnitCode: article.ownerUnitCode,
      validFrom: article.validFrom,
      validTo: article.validTo,
      status: article.status as ArticleStatus,
      version: article.version,
      review: article.reviewedBy ? { by: article.reviewedBy, at: article.reviewedAt?.toISOString() ?? null, note: article.reviewNote } : null,
      updatedAt: article.updatedAt.toISOString(),
    };
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
