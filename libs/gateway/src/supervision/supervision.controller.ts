import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import { SupervisionNoticeDto, SupervisionNoticesQuery } from './supervision-notice.dto';

@ApiTags('supervision')
@Controller('supervision')
export class SupervisionController {
  constructor(private readonly services: ServiceCalls) {}

  @Get()
  @ApiOperation({ summary: 'Supervisors: overdue orders of the district (督办), newest first, with unit, missed step and how late' })
  queue(@Actor() actor: ActorContext) {
    return this.services.query(Subjects.SupervisionQueue, actor, {});
  }

  @Get('notices')
  @ApiOperation({ summary: 'Supervision notices in your view: unit staff see those to their units' })
  notices(@Actor() actor: ActorContext, @Query() query: SupervisionNoticesQuery) {
    return this.services.query(Subjects.SupervisionNotices, actor, { unitCode: query.unitCode, assignmentId: query.assignmentId });
  }

  @Post(':assignmentId/notice')
  @HttpCode(201)
  @ApiOperation({ summary: 'Supervisors: send the unit a notice with a new deadline; missing it escalates again' })
  notice(@Actor() actor: ActorContext, @Param('assignmentId') assignmentId: string, @Body() body: SupervisionNoticeDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.IssueSupervisionNotice, actor, { assignmentId, ...body }, options);
  }
}
