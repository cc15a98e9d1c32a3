import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type ById, type CommandMessage, type ReviewArticlePayload, type SaveArticlePayload, type SearchArticlesPayload } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { assertMayWrite } from './article-workflow';
import { DemoKnowledgeSeeder } from './demo-knowledge-seeder.service';
import { DistrictReferenceClient } from './district-reference.client';
import { KnowledgeService } from './knowledge.service';

/** The knowledge base (知识库): units write, the district reviews, everyone searches what they may read. */
@Controller()
export class KnowledgeHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly knowledge: KnowledgeService,
    private readonly reference: DistrictReferenceClient,
    private readonly seeder: DemoKnowledgeSeeder,
  ) {}

  @MessagePattern(Subjects.SaveArticle)
  async save(@Payload() message: CommandMessage<SaveArticlePayload>) {
    try {
      assertMayWrite(message.context, message.payload.ownerUnitCode);
      await this.reference.assertKnownForArticle(message.context, message.payload);
    } catch (error) {
      return this.commands.rejection(error);
    }
    return this.commands.execute(Subjects.SaveArticle, message, (manager, context) => this.knowledge.save(manager, context, message.payload, message.expectedVersion));
  }

  @MessagePattern(Subjects.ReviewArticle)
  review(@Payload() message: CommandMessage<ReviewArticlePayload>) {
    return this.commands.execute(Subjects.ReviewArticle, message, (manager, context) => this.knowledge.review(manager, context, message.payload, message.expectedVersion));
  }

  @MessagePattern(Subjects.SearchArticles)
  async search(@Payload() message: CommandMessage<SearchArticlesPayload>) {
    await this.seeder.ensureSeeded(message.context);
    return this.commands.query(message, (manager, context) => this.knowledge.search(manager, context, message.payload));
  }

  @MessagePattern(Subjects.GetArticle)
  async get(@Payload() message: CommandMessage<ById>) {
    await this.seeder.ensureSeeded(message.context);
    return this.commands.query(message, (manager, context) => this.knowledge.get(manager, context, message.payload.id));
  }
}
