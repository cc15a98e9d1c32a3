import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Subjects,
  type ById,
  type CommandMessage,
  type FollowStationMessagePayload,
  type HandOnStationIssuePayload,
  type ListStationIssuesPayload,
  type RegisterStationVisitPayload,
  type ReplyOnLegPayload,
  type ReplyStationIssuePayload,
  type SaveStationPayload,
  type SaveStationSchedulePayload,
  type StationDashboardPayload,
  type WriteToDeputyPayload,
} from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { ReferencedCommands } from '../referenced-commands';
import { DemoEngagementSeeder } from '../demo/demo-engagement-seeder.service';
import { DeputyLinksService } from './deputy-links.service';
import { StationDashboardService } from './station-dashboard.service';
import { StationIntakeService } from './station-intake.service';
import { StationIssuesService } from './station-issues.service';
import { StationsService } from './stations.service';

/**
 * Deputy liaison stations (人大代表联络站) and the online station. Commands that name places,
 * categories or units read the district's reference from dispatch first, outside the transaction.
 */
@Controller()
export class StationsHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly referenced: ReferencedCommands,
    private readonly seeder: DemoEngagementSeeder,
    private readonly stations: StationsService,
    private readonly links: DeputyLinksService,
    private readonly intake: StationIntakeService,
    private readonly issues: StationIssuesService,
    private readonly dashboards: StationDashboardService,
  ) {}


  @MessagePattern(Subjects.SaveStation)
  save(@Payload() message: CommandMessage<SaveStationPayload>) {
    return this.referenced.execute(Subjects.SaveStation, message, (reference) => (manager, context) => this.stations.save(manager, context, message.payload, reference, message.expectedVersion));
  }

  @MessagePattern(Subjects.SaveStationSchedule)
  saveSchedule(@Payload() message: CommandMessage<SaveStationSchedulePayload>) {
    return this.commands.execute(Subjects.SaveStationSchedule, message, (manager, context) => this.stations.saveSchedule(manager, context, message.payload, message.expectedVersion));
  }

  @MessagePattern(Subjects.ListStations)
  async list(@Payload() message: CommandMessage<Record<string, never>>) {
    await this.seeder.ensureSeeded(message.context);
    return this.commands.query(message, (manager, context) => this.stations.list(manager, context));
  }

  @MessagePattern(Subjects.GetStation)
  get(@Payload() message: CommandMessage<ById>) {
    return this.commands.query(message, (manager, context) => this.stations.get(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.PublicStations)
  async publicList(@Payload() message: CommandMessage<Record<string, never>>) {
    await this.seeder.ensureSeeded(message.context);
    return this.commands.query(message, (manager, context) => this.stations.publicList(manager, context));
  }

  @MessagePattern(Subjects.RegisterStationVisit)
  visit(@Payload() message: CommandMessage<RegisterStationVisitPayload & { stationId: string }>) {
    return this.referenced.execute(Subjects.RegisterStationVisit, message, (reference) => (manager, context) => this.intake.registerVisit(manager, context, message.payload, reference));
  }

  @MessagePattern(Subjects.EnsureDeputyLink)
  link(@Payload() message: CommandMessage<ById>) {
    return this.commands.execute(Subjects.EnsureDeputyLink, message, (manager, context) => this.links.ensure(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.PublicDeputyCard)
  async card(@Payload() message: CommandMessage<ById>) {
    await this.seeder.ensureSeeded(message.context);
    return this.commands.query(message, (manager, context) => this.links.card(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.WriteToDeputy)
  async write(@Payload() message: CommandMessage<WriteToDeputyPayload>) {
    await this.seeder.ensureSeeded(message.context);
    return this.referenced.execute(Subjects.WriteToDeputy, message, (reference) => (manager, context) => this.intake.write(manager, context, message.payload, reference));
  }

  @MessagePattern(Subjects.FollowStationMessage)
  follow(@Payload() message: CommandMessage<FollowStationMessagePayload>) {
    return this.commands.query(message, (manager, context) => this.intake.follow(manager, context, message.payload));
  }

  @MessagePattern(Subjects.ListStationIssues)
  listIssues(@Payload() message: CommandMessage<ListStationIssuesPayload>) {
    return this.commands.query(message, (manager, context) => this.issues.list(manager, context, message.payload));
  }

  @MessagePattern(Subjects.GetStationIssue)
  getIssue(@Payload() message: CommandMessage<ById>) {
    return this.commands.query(message, (manager, context) => this.issues.get(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.AcceptStationIssue)
  accept(@Payload() message: CommandMessage<ById>) {
    return this.commands.execute(Subjects.AcceptStationIssue, message, (manager, context) => this.issues.accept(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.HandOnStationIssue)
  handOn(@Payload() message: CommandMessage<HandOnStationIssuePayload>) {
    return this.referenced.execute(Subjects.HandOnStationIssue, message, (reference) => (manager, context) => this.issues.handOn(manager, context, message.payload, reference));
  }

  @MessagePattern(Subjects.ReplyStationIssue)
  reply(@Payload() message: CommandMessage<ReplyStationIssuePayload>) {
    return this.commands.execute(Subjects.ReplyStationIssue, message, (manager, context) => this.issues.reply(manager, context, message.payload));
  }

  @MessagePattern(Subjects.ReplyOnStationLeg)
  replyOnLeg(@Payload() message: CommandMessage<ReplyOnLegPayload>) {
    return this.commands.execute(Subjects.ReplyOnStationLeg, message, (manager, context) => this.issues.replyOnLeg(manager, context, message.payload));
  }

  @MessagePattern(Subjects.ArchiveStationIssue)
  archive(@Payload() message: CommandMessage<ById>) {
    return this.commands.execute(Subjects.ArchiveStationIssue, message, (manager, context) => this.issues.archive(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.StationDashboard)
  stationDashboard(@Payload() message: CommandMessage<StationDashboardPayload>) {
    return this.commands.query(message, (manager, context) => this.dashboards.forStation(manager, context, message.payload));
  }

  @MessagePattern(Subjects.DeputyStationDashboard)
  deputyDashboard(@Payload() message: CommandMessage<StationDashboardPayload>) {
    return this.commands.query(message, (manager, context) => this.dashboards.forDeputy(manager, context, message.payload));
  }
}
