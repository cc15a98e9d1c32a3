import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import { ListStationIssuesQuery } from './stations.dto';
import { HandOnStationIssueDto, ReplyStationIssueDto } from './stations-issues.dto';
import { LegParam, ReplyOnLegDto } from './reception.dto';

/**
 * Station issues — visitors' issues and online messages — through 接待, 交办, 回复 and 归档. A
 * deputy sees and acts on their own only (others' are 404); a resident sees the messages they wrote.
 */
@ApiTags('stations')
@Controller('station-issues')
export class StationIssuesController {
  constructor(private readonly services: ServiceCalls) {}

  @Get()
  @ApiOperation({ summary: 'Station issues in your view (?station=&deputy=&source=visit|online&state=)' })
  list(@Actor() actor: ActorContext, @Query() query: ListStationIssuesQuery) {
    return this.services.query(Subjects.ListStationIssues, actor, { stationId: query.station, deputyId: query.deputy, source: query.source, state: query.state });
  }

  @Get(':id')
  @ApiOperation({ summary: 'A station issue: its steps with times, the reply, and the request it became' })
  get(@Actor() actor: ActorContext, @Param('id') id: string) {
    return this.services.query(Subjects.GetStationIssue, actor, { id });
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: '接待/受理 — the deputy accepts the issue (received → accepted)' })
  accept(@Actor() actor: ActorContext, @Param('id') id: string, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.AcceptStationIssue, actor, { id }, options);
  }

  @Post(':id/hand-on')
  @HttpCode(200)
  @ApiOperation({ summary: '交办 — the accepted issue becomes a request (channel station, the deputies attached), to a named unit or by the catalogue' })
  handOn(@Actor() actor: ActorContext, @Param('id') issueId: string, @Body() body: HandOnStationIssueDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.HandOnStationIssue, actor, { ...body, issueId }, options);
  }

  @Post(':id/reply')
  @HttpCode(200)
  @ApiOperation({ summary: '回复 — the deputy’s answer to the resident (accepted or handed on → answered); an answered or closed issue is 409' })
  reply(@Actor() actor: ActorContext, @Param('id') issueId: string, @Body() body: ReplyStationIssueDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.ReplyStationIssue, actor, { issueId, text: body.text }, options);
  }

  @Post(':id/legs/:leg/reply')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '反馈 — a leg of a handed-on issue’s reply chain answered (department-to-liaison 1 week, reply-to-deputy 1 month, relay-to-resident): the street’s liaison any, the addressed deputy the formal reply; a closed leg is 409',
  })
  replyOnLeg(@Actor() actor: ActorContext, @Param() params: LegParam, @Body() body: ReplyOnLegDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.ReplyOnStationLeg, actor, { issueId: params.id, leg: params.leg, note: body.note }, options);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: '归档 — an answered issue archived (answered → closed)' })
  archive(@Actor() actor: ActorContext, @Param('id') id: string, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.ArchiveStationIssue, actor, { id }, options);
  }
}
