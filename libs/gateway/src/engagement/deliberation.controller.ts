import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import {
  CollectCommunityIssueDto,
  CompleteTaskDto,
  DecideDeliberationSessionDto,
  DeliberationStatisticsQuery,
  HoldDeliberationSessionDto,
  ListCommunityIssuesQuery,
  ListDeliberationSessionsQuery,
  PlanDeliberationSessionDto,
  RecordVoteDto,
  TaskParam,
  TriageCommunityIssueDto,
} from './deliberation.dto';

/**
 * Community deliberation (阳光议事, 小院议事厅): issues collected in a community and triaged three
 * ways; sessions planned, held, voted, decided and closed; hard issues ordered from a department
 * (居民点单、社区下单、部门接单) become requests in the loop. The community's staff, its street's
 * liaison and the district admin act; the district's supervisors read.
 */
@ApiTags('deliberation')
@Controller('deliberation')
export class DeliberationController {
  constructor(private readonly services: ServiceCalls) {}

  @Post('issues')
  @HttpCode(201)
  @ApiOperation({ summary: "Collect a community's issue (building round, suggestion box, chat group, visit); reporter optional" })
  collect(@Actor() actor: ActorContext, @Body() body: CollectCommunityIssueDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.CollectCommunityIssue, actor, { ...body }, options);
  }

  @Get('issues')
  @ApiOperation({ summary: 'Community issues in your view (?community=&state=&month=)' })
  issues(@Actor() actor: ActorContext, @Query() query: ListCommunityIssuesQuery) {
    return this.services.query(Subjects.ListCommunityIssues, actor, { ...query });
  }

  @Get('issues/:id')
  @ApiOperation({ summary: 'A community issue with its triage, session decision or the request it became' })
  issue(@Actor() actor: ActorContext, @Param('id') id: string) {
    return this.services.query(Subjects.GetCommunityIssue, actor, { id });
  }

  @Post('issues/:id/triage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Triage: self-solved (closed with what was done), community (to a session) or department (ordered: a request to a unit of this district)' })
  triage(@Actor() actor: ActorContext, @Param('id') issueId: string, @Body() body: TriageCommunityIssueDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.TriageCommunityIssue, actor, { ...body, issueId }, options);
  }

  @Post('sessions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Plan a deliberation session: community, date, place, agenda (community-level issues with options), participants with roles' })
  plan(@Actor() actor: ActorContext, @Body() body: PlanDeliberationSessionDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.PlanDeliberationSession, actor, { ...body }, options);
  }

  @Get('sessions')
  @ApiOperation({ summary: 'Deliberation sessions in your view (?community=&state=&month=)' })
  sessions(@Actor() actor: ActorContext, @Query() query: ListDeliberationSessionsQuery) {
    return this.services.query(Subjects.ListDeliberationSessions, actor, { ...query });
  }

  @Get('sessions/:id')
  @ApiOperation({ summary: 'A session with its agenda, votes, decisions and follow-up tasks (done, late)' })
  session(@Actor() actor: ActorContext, @Param('id') id: string) {
    return this.services.query(Subjects.GetDeliberationSession, actor, { id });
  }

  @Post('sessions/:id/hold')
  @HttpCode(200)
  @ApiOperation({ summary: 'planned → held: the session took place (on or after its date), with who came and minutes' })
  hold(@Actor() actor: ActorContext, @Param('id') sessionId: string, @Body() body: HoldDeliberationSessionDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.HoldDeliberationSession, actor, { ...body, sessionId }, options);
  }

  @Post('sessions/:id/items/:itemId/vote')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the vote on an agenda item (held sessions): ballots per option, at most the participants who vote' })
  vote(@Actor() actor: ActorContext, @Param('id') sessionId: string, @Param('itemId') itemId: string, @Body() body: RecordVoteDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.RecordDeliberationVote, actor, { sessionId, itemId, counts: body.counts }, options);
  }

  @Post('sessions/:id/decide')
  @HttpCode(200)
  @ApiOperation({ summary: 'held → decided: a decision per agenda item (an option, or ordered from a unit of this district → a request) and follow-up tasks' })
  decide(@Actor() actor: ActorContext, @Param('id') sessionId: string, @Body() body: DecideDeliberationSessionDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.DecideDeliberationSession, actor, { ...body, sessionId }, options);
  }

  @Post('sessions/:id/tasks/:taskId/done')
  @HttpCode(200)
  @ApiOperation({ summary: 'A follow-up task done (late when after its due date)' })
  taskDone(@Actor() actor: ActorContext, @Param() params: TaskParam, @Body() body: CompleteTaskDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.CompleteFollowUpTask, actor, { sessionId: params.id, taskId: params.taskId, note: body.note }, options);
  }

  @Post('sessions/:id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'decided → closed once every follow-up task is done; its community-level issues count as solved' })
  close(@Actor() actor: ActorContext, @Param('id') id: string, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.CloseDeliberationSession, actor, { id }, options);
  }

  @Get('statistics')
  @ApiOperation({ summary: "Monthly figures as Lin'an publishes them, per community and district: accepted, solved, share self-solved, sessions held, ordered and their outcome" })
  statistics(@Actor() actor: ActorContext, @Query() query: DeliberationStatisticsQuery) {
    return this.services.query(Subjects.DeliberationStatistics, actor, { month: query.month, community: query.community });
  }
}
