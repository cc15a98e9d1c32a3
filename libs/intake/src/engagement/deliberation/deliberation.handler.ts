import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Subjects,
  type ById,
  type CollectCommunityIssuePayload,
  type CommandMessage,
  type CompleteFollowUpTaskPayload,
  type DecideDeliberationSessionPayload,
  type DeliberationStatisticsPayload,
  type HoldDeliberationSessionPayload,
  type ListCommunityIssuesPayload,
  type ListDeliberationSessionsPayload,
  type PlanDeliberationSessionPayload,
  type PublicDeliberationDecisionsPayload,
  type RecordVotePayload,
  type TriageCommunityIssuePayload,
} from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { ReferencedCommands } from '../referenced-commands';
import { DemoEngagementSeeder } from '../demo/demo-engagement-seeder.service';
import { CommunityIssuesService } from './community-issues.service';
import { DeliberationDecisionsService } from './deliberation-decisions.service';
import { DeliberationSessionsService } from './deliberation-sessions.service';
import { DeliberationStatisticsService } from './deliberation-statistics.service';

/**
 * Community deliberation (阳光议事). Commands naming a community, a unit or a category read the
 * district's reference from dispatch first, outside the transaction.
 */
@Controller()
export class DeliberationHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly referenced: ReferencedCommands,
    private readonly seeder: DemoEngagementSeeder,
    private readonly issues: CommunityIssuesService,
    private readonly sessions: DeliberationSessionsService,
    private readonly decisions: DeliberationDecisionsService,
    private readonly statistics: DeliberationStatisticsService,
  ) {}


  @MessagePattern(Subjects.CollectCommunityIssue)
  collect(@Payload() message: CommandMessage<CollectCommunityIssuePayload>) {
    return this.referenced.execute(Subjects.CollectCommunityIssue, message, (reference) => (manager, context) => this.issues.collect(manager, context, message.payload, reference));
  }

  @MessagePattern(Subjects.TriageCommunityIssue)
  triage(@Payload() message: CommandMessage<TriageCommunityIssuePayload>) {
    return this.referenced.execute(Subjects.TriageCommunityIssue, message, (reference) => (manager, context) => this.issues.triage(manager, context, message.payload, reference));
  }

  @MessagePattern(Subjects.ListCommunityIssues)
  async listIssues(@Payload() message: CommandMessage<ListCommunityIssuesPayload>) {
    await this.seeder.ensureSeeded(message.context);
    return this.commands.query(message, (manager, context) => this.issues.list(manager, context, message.payload));
  }

  @MessagePattern(Subjects.GetCommunityIssue)
  getIssue(@Payload() message: CommandMessage<ById>) {
    return this.commands.query(message, (manager, context) => this.issues.get(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.PlanDeliberationSession)
  plan(@Payload() message: CommandMessage<PlanDeliberationSessionPayload>) {
    return this.referenced.execute(Subjects.PlanDeliberationSession, message, (reference) => (manager, context) => this.sessions.plan(manager, context, message.payload, reference));
  }

  @MessagePattern(Subjects.ListDeliberationSessions)
  async listSessions(@Payload() message: CommandMessage<ListDeliberationSessionsPayload>) {
    await this.seeder.ensureSeeded(message.context);
    return this.commands.query(message, (manager, context) => this.sessions.list(manager, context, message.payload));
  }

  @MessagePattern(Subjects.GetDeliberationSession)
  getSession(@Payload() message: CommandMessage<ById>) {
    return this.commands.query(message, (manager, context) => this.sessions.get(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.HoldDeliberationSession)
  hold(@Payload() message: CommandMessage<HoldDeliberationSessionPayload>) {
    return this.commands.execute(Subjects.HoldDeliberationSession, message, (manager, context) => this.sessions.hold(manager, context, message.payload));
  }

  @MessagePattern(Subjects.RecordDeliberationVote)
  vote(@Payload() message: CommandMessage<RecordVotePayload>) {
    return this.commands.execute(Subjects.RecordDeliberationVote, message, (manager, context) => this.sessions.vote(manager, context, message.payload));
  }

  @MessagePattern(Subjects.DecideDeliberationSession)
  decide(@Payload() message: CommandMessage<DecideDeliberationSessionPayload>) {
    return this.referenced.execute(Subjects.DecideDeliberationSession, message, (reference) => (manager, context) => this.decisions.decide(manager, context, message.payload, reference));
  }

  @MessagePattern(Subjects.CompleteFollowUpTask)
  completeTask(@Payload() message: CommandMessage<CompleteFollowUpTaskPayload>) {
    return this.commands.execute(Subjects.CompleteFollowUpTask, message, (manager, context) => this.decisions.completeTask(manager, context, message.payload));
  }

  @MessagePattern(Subjects.CloseDeliberationSession)
  close(@Payload() message: CommandMessage<ById>) {
    return this.commands.execute(Subjects.CloseDeliberationSession, message, (manager, context) => this.decisions.close(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.DeliberationStatistics)
  statisticsOfMonth(@Payload() message: CommandMessage<DeliberationStatisticsPayload>) {
    return this.commands.query(message, (manager, context) => this.statistics.month(manager, context, message.payload));
  }

  @MessagePattern(Subjects.PublicDeliberationDecisions)
  async publicDecisions(@Payload() message: CommandMessage<PublicDeliberationDecisionsPayload>) {
    await this.seeder.ensureSeeded(message.context);
    return this.commands.query(message, (manager, context) => this.decisions.publicDecisions(manager, context, message.payload));
  }
}
