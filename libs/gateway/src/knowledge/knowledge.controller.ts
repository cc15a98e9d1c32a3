import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext, type SearchArticlesPayload } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { Public } from '../identity/public.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import { DistrictQuery, ReviewArticleDto, SaveArticleDto, SearchArticlesQuery } from './article.dto';
import { OptionalActor } from './optional-actor';

type HeaderMap = Record<string, string | string[] | undefined>;

/**
 * The knowledge base (知识库): units write, the district reviews, agents answer consultations from
 * it, and residents and the public search it without signing in (rate-limited per address).
 */
@ApiTags('knowledge')
@Controller('knowledge/articles')
export class KnowledgeController {
  constructor(
    private readonly services: ServiceCalls,
    private readonly readers: OptionalActor,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Search articles (Chinese works: character pairs), most relevant first. Without a token: published, valid articles of ?district=' })
  async search(@Headers() headers: HeaderMap, @Query() query: SearchArticlesQuery) {
    const reader = await this.readers.resolve(headers, query.district);
    const payload: SearchArticlesPayload = { q: query.q, categoryCode: query.category, status: query.status, limit: query.limit };
    return this.services.query(Subjects.SearchArticles, reader, payload);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'An article. Without a token: a published, valid article of ?district=' })
  async get(@Headers() headers: HeaderMap, @Param('id') id: string, @Query() query: DistrictQuery) {
    return this.services.query(Subjects.GetArticle, await this.readers.resolve(headers, query.district), { id });
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: "Unit staff or manager: a new draft of the unit's article" })
  create(@Actor() actor: ActorContext, @Body() body: SaveArticleDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SaveArticle, actor, { ...body }, options);
  }

  @Put(':id')
  @ApiOperation({ summary: 'The owning unit edits its draft or rejected article (back to draft, version + 1)' })
  edit(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: SaveArticleDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SaveArticle, actor, { ...body, articleId: id }, options);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'The owning unit sends its draft to the district for review' })
  submit(@Actor() actor: ActorContext, @Param('id') id: string, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.ReviewArticle, actor, { articleId: id, decision: 'submit' }, options);
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'District admin or supervisor: publish or reject an article under review, with a note' })
  review(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: ReviewArticleDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.ReviewArticle, actor, { articleId: id, ...body }, options);
  }
}
