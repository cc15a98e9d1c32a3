import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Subjects,
  type ById,
  type CommandMessage,
  type FlagTypicalCasePayload,
  type HoldReceptionPayload,
  type ListReceptionsPayload,
  type PlanReceptionsPayload,
  type ReceptionStatisticsPayload,
  type RegisterVisitorPayload,
  type ReplyOnLegPayload,
  type SendWorkLetterPayload,
} from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { ReferencedCommands } from '../referenced-commands';
import { DemoEngagementSeeder } from '../demo/demo-engagement-seeder.service';
import { ReceptionDaysService } from './reception-days.service';
import { ReceptionIssuesService } from './reception-issues.service';
import { ReceptionPlansService } from './reception-plans.service';
import { ReceptionStatisticsService } from './reception-statistics.service';

/**
 * Reception days (两代表一委员联合接待), Changning's eight steps. Commands that name categories,
 * areas or units read the district's reference from dispatch first, outside the transaction.
 */
@Controller()
export class ReceptionsHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly referenced: ReferencedCommands,
    private readonly seeder: DemoEngagementSeeder,
    private readonly plans: ReceptionPlansService,
    private readonly days: ReceptionDaysService,
    private readonly issues: ReceptionIssuesService,
    private readonly statistics: ReceptionStatisticsService,
  ) {}


  @MessagePattern(Subjects.PlanReceptions)
  plan(@Payload() message: CommandMessage<PlanReceptionsPayload>) {
    return this.referenced.execute(Subjects.PlanReceptions, message, (reference) => (manager, context) => this.plans.plan(manager, context, message.payload, reference));
  }

  @MessagePattern(Subjects.GetReceptionPlan)
  getPlan(@Payload() message: CommandMessage<ById>) {
    return this.commands.query(message, (manager, context) => this.plans.getPlan(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.ListReceptions)
  async list(@Payload() message: CommandMessage<ListReceptionsPayload>) {
    await this.seeder.ensureSeeded(message.context);
    return this.commands.query(message, (manager, context) => this.plans.list(manager, context, message.payload));
  }

  @MessagePattern(Subjects.PublicReceptions)
  async publicList(@Payload() message: CommandMessage<Record<string, never>>) {
    await this.seeder.ensureSeeded(message.context);
    return this.commands.query(message, (manager, context) => this.plans.publicList(manager, context));
  }

  @MessagePattern(Subjects.GetReception)
  get(@Payload() message: CommandMessage<ById>) {
    return this.commands.query(message, (manager, context) => this.days.get(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.AnnounceReception)
  announce(@Payload() message: CommandMessage<ById>) {
    return this.commands.execute(Subjects.AnnounceReception, message, (manager, context) => this.days.announce(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.RegisterVisitor)
  registerVisitor(@Payload() message: CommandMessage<RegisterVisitorPayload>) {
    return this.referenced.execute(Subjects.RegisterVisitor, message, (reference) => (manager, context) => this.days.registerVisitor(manager, context, message.payload, reference));
  }

  @MessagePattern(Subjects.ReceptionPreparation)
  preparation(@Payload() message: CommandMessage<ById>) {
    return this.commands.query(message, (manager, context) => this.days.preparation(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.PrepareReception)
  prepare(@Payload() message: CommandMessage<ById>) {
    return this.commands.execute(Subjects.PrepareReception, message, (manager, context) => this.days.prepare(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.HoldReception)
  hold(@Payload() message: CommandMessage<HoldReceptionPayload>) {
    return this.referenced.execute(Subjects.HoldReception, message, (reference) => (manager, context) => this.days.hold(manager, context, message.payload, reference));
  }

  @MessagePattern(Subjects.ArchiveReception)
  archive(@Payload() message: CommandMessage<ById>) {
    return this.commands.execute(Subjects.ArchiveReception, message, (manager, context) => this.days.archive(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.SendWorkLetter)
  sendLetter(@Payload() message: CommandMessage<SendWorkLetterPayload>) {
    return this.referenced.execute(Subjects.SendWorkLetter, message, (reference) => (manager, context) => this.issues.sendLetter(manager, context, message.payload, reference));
  }

  @MessagePattern(Subjects.PrintWorkLetter)
  print(@Payload() message: CommandMessage<ById>) {
    return this.referenced.query(message, (reference) => (manager, context) => this.issues.print(manager, context, message.payload.id, reference));
  }

  @MessagePattern(Subjects.ReplyOnLeg)
  replyOnLeg(@Payload() message: CommandMessage<ReplyOnLegPayload>) {
    return this.commands.execute(Subjects.ReplyOnLeg, message, (manager, context) => this.issues.replyOnLeg(manager, context, message.payload));
  }

  @MessagePattern(Subjects.ListReceptionIssues)
  listIssues(@Payload() message: CommandMessage<{ receptionId?: string; escalated?: boolean }>) {
    return this.commands.query(message, (manager, context) => this.issues.list(manager, context, message.payload));
  }

  @MessagePattern(Subjects.GetReceptionIssue)
  getIssue(@Payload() message: CommandMessage<ById>) {
    return this.commands.query(message, (manager, context) => this.issues.get(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.FlagTypicalCase)
  flagTypical(@Payload() message: CommandMessage<FlagTypicalCasePayload>) {
    return this.commands.execute(Subjects.FlagTypicalCase, message, (manager, context) => this.issues.flagTypical(manager, context, message.payload));
  }

  @MessagePattern(Subjects.ReceptionStatistics)
  statisticsOfMonth(@Payload() message: CommandMessage<ReceptionStatisticsPayload>) {
    return this.commands.query(message, (manager, context) => this.statistics.month(manager, context, message.payload));
  }
}
