import { Body, Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import {
  FlagTypicalDto,
  HoldReceptionDto,
  LegParam,
  ListIssuesQuery,
  ListReceptionsQuery,
  PlanReceptionsDto,
  RegisterVisitorDto,
  ReplyOnLegDto,
  SendWorkLetterDto,
  StatisticsQuery,
} from './reception.dto';

/**
 * Reception days (两代表一委员联合接待), Changning's eight steps: plan, announce and register,
 * prepare, hold, letter, reply chain, supervision (a timer in intake), archive and statistics.
 */
@ApiTags('receptions')
@Controller('receptions')
export class ReceptionsController {
  constructor(private readonly services: ServiceCalls) {}

  @Post('plans')
  @HttpCode(201)
  @ApiOperation({ summary: "Step 1 — liaison of the street or district admin: the street's annual plan (dates by rule, places rotating, a valid team per date)" })
  plan(@Actor() actor: ActorContext, @Body() body: PlanReceptionsDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.PlanReceptions, actor, { ...body }, options);
  }

  @Get('plans/:id')
  @ApiOperation({ summary: 'A plan with its days' })
  getPlan(@Actor() actor: ActorContext, @Param('id') id: string) {
    return this.services.query(Subjects.GetReceptionPlan, actor, { id });
  }

  @Post('plans/:id/receptions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Step 4 — the reception held on a date of the plan: residents received, issues recorded (a warning below three residents)' })
  hold(@Actor() actor: ActorContext, @Param('id') planId: string, @Body() body: HoldReceptionDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.HoldReception, actor, { ...body, planId }, options);
  }

  @Get('statistics')
  @ApiOperation({ summary: 'Step 8 — monthly figures per street: rounds, deputy-visits, residents, issues, solved, satisfaction; typical cases' })
  statistics(@Actor() actor: ActorContext, @Query() query: StatisticsQuery) {
    return this.services.query(Subjects.ReceptionStatistics, actor, { month: query.month, street: query.street });
  }

  @Get('issues')
  @ApiOperation({ summary: 'Issues in your view (a deputy: those you received, and what became of them); ?escalated=true for the district office' })
  issues(@Actor() actor: ActorContext, @Query() query: ListIssuesQuery) {
    return this.services.query(Subjects.ListReceptionIssues, actor, { receptionId: query.reception, escalated: query.escalated === 'true' });
  }

  @Get('issues/:id')
  @ApiOperation({ summary: 'An issue with its letter, reply chain and request' })
  issue(@Actor() actor: ActorContext, @Param('id') id: string) {
    return this.services.query(Subjects.GetReceptionIssue, actor, { id });
  }

  @Post('issues/:id/letter')
  @HttpCode(201)
  @ApiOperation({ summary: 'Step 5 → 6 — deliberation and the work letter to a unit of this district, signed by a deputy; the issue becomes a request (channel reception)' })
  letter(@Actor() actor: ActorContext, @Param('id') issueId: string, @Body() body: SendWorkLetterDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SendWorkLetter, actor, { ...body, issueId }, options);
  }

  @Post('issues/:id/legs/:leg/reply')
  @HttpCode(200)
  @ApiOperation({ summary: 'Step 6 — a leg of the reply chain answered (department-to-liaison, reply-to-deputy, relay-to-resident); a closed leg is 409' })
  replyOnLeg(@Actor() actor: ActorContext, @Param() params: LegParam, @Body() body: ReplyOnLegDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.ReplyOnLeg, actor, { issueId: params.id, leg: params.leg, note: body.note }, options);
  }

  @Post('issues/:id/typical')
  @HttpCode(200)
  @ApiOperation({ summary: 'Step 8 — flag a typical case (典型案例)' })
  typical(@Actor() actor: ActorContext, @Param('id') issueId: string, @Body() body: FlagTypicalDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.FlagTypicalCase, actor, { issueId, note: body.note }, options);
  }

  @Get('letters/:id/print')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'The work letter as a printable zh-CN HTML document' })
  @ApiResponse({ status: 200, description: 'the letter', content: { 'text/html': { schema: { type: 'string' } } } })
  async print(@Actor() actor: ActorContext, @Param('id') id: string): Promise<string> {
    return (await this.services.query<{ html: string }>(Subjects.PrintWorkLetter, actor, { id })).html;
  }

  @Get()
  @ApiOperation({ summary: 'Reception days (?street=&month=&state=)' })
  list(@Actor() actor: ActorContext, @Query() query: ListReceptionsQuery) {
    return this.services.query(Subjects.ListReceptions, actor, { ...query });
  }

  @Get(':id')
  @ApiOperation({ summary: 'A reception day with its registrations (visitors masked) and issues' })
  get(@Actor() actor: ActorContext, @Param('id') id: string) {
    return this.services.query(Subjects.GetReception, actor, { id });
  }

  @Post(':id/announce')
  @HttpCode(200)
  @ApiOperation({ summary: 'Step 2 — publish the day to residents (a week ahead; later with a warning)' })
  announce(@Actor() actor: ActorContext, @Param('id') id: string, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.AnnounceReception, actor, { id }, options);
  }

  @Post(':id/registrations')
  @HttpCode(201)
  @ApiOperation({ summary: 'Step 2 — a visitor pre-registers with a topic (the liaison, or a resident)' })
  register(@Actor() actor: ActorContext, @Param('id') receptionId: string, @Body() body: RegisterVisitorDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.RegisterVisitor, actor, { ...body, receptionId }, options);
  }

  @Get(':id/preparation')
  @ApiOperation({ summary: 'Step 3 — who of the team fits each registered topic (suggestion)' })
  preparation(@Actor() actor: ActorContext, @Param('id') id: string) {
    return this.services.query(Subjects.ReceptionPreparation, actor, { id });
  }

  @Post(':id/prepare')
  @HttpCode(200)
  @ApiOperation({ summary: 'Step 3 — record the matching on each registration' })
  prepare(@Actor() actor: ActorContext, @Param('id') id: string, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.PrepareReception, actor, { id }, options);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Step 8 — archive the day once every issue has its letter or was answered on the spot' })
  archive(@Actor() actor: ActorContext, @Param('id') id: string, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.ArchiveReception, actor, { id }, options);
  }
}
