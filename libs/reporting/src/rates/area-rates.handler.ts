import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type ActorContext, type AreaMonthRatesPayload, type CommandMessage, type RankingMonthPayload, type RatesTrendPayload } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import type { EntityManager } from 'typeorm';
import type { UnitTree } from '../assessment/unit-tree';
import { UnitTreeReader } from '../assessment/unit-tree.reader';
import { PublishedRankingsService } from '../rankings/published-rankings.service';
import { AreaMonthRatesService } from './area-month-rates.service';
import { RatesTrendService } from './rates-trend.service';

type TreeWork<T> = (manager: EntityManager, context: ActorContext, tree: UnitTree) => Promise<T>;

/** Reports that roll units up their tree: rates by level, trends, published rankings. */
@Controller()
export class AreaRatesHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly tree: UnitTreeReader,
    private readonly rates: AreaMonthRatesService,
    private readonly trend: RatesTrendService,
    private readonly rankings: PublishedRankingsService,
  ) {}

  @MessagePattern(Subjects.AreaMonthRates)
  byLevel(@Payload() message: CommandMessage<AreaMonthRatesPayload>) {
    return this.withTree(message, undefined, (manager, context, tree) => this.rates.get(manager, context, message.payload, tree));
  }

  @MessagePattern(Subjects.RatesTrend)
  trendOf(@Payload() message: CommandMessage<RatesTrendPayload>) {
    return this.withTree(message, undefined, (manager, context, tree) => this.trend.get(manager, context, message.payload, tree));
  }

  @MessagePattern(Subjects.PublishRanking)
  publish(@Payload() message: CommandMessage<RankingMonthPayload>) {
    return this.withTree(message, Subjects.PublishRanking, (manager, context, tree) => this.rankings.publish(manager, context, message.payload, tree));
  }

  @MessagePattern(Subjects.PublishedRankings)
  published(@Payload() message: CommandMessage<RankingMonthPayload>) {
    return this.withTree(message, undefined, (manager, context, tree) => this.rankings.list(manager, context, message.payload, tree));
  }

  /** Reads the district's tree first (outside the transaction), then runs the query or command. */
  private async withTree<T>(message: CommandMessage, commandSubject: string | undefined, work: TreeWork<T>) {
    try {
      const tree = await this.tree.read(message.context);
      if (commandSubject) return await this.commands.execute(commandSubject, message, (manager, context) => work(manager, context, tree));
      return await this.commands.query(message, (manager, context) => work(manager, context, tree));
    } catch (error) {
      return this.commands.rejection(error);
    }
  }
}
