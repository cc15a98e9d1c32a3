import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { withETag, type HeaderSink } from '../http/etag';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import {
  ListAssignmentsQuery,
  ManagerObjectionDecisionDto,
  RaiseObjectionDto,
  RecordReplyDto,
  RequestExtensionDto,
  ReviewObjectionDto,
} from './assignment-commands.dto';

@ApiTags('assignments')
@Controller('assignments')
export class AssignmentsController {
  constructor(private readonly services: ServiceCalls) {}

  @Get()
  @ApiOperation({ summary: "A unit's inbox (unit staff see only their units' orders)" })
  list(@Actor() actor: ActorContext, @Query() query: ListAssignmentsQuery) {
    return this.services.query(Subjects.ListAssignments, actor, { unitCode: query.unitCode });
  }

  @Get(':id')
  async get(@Actor() actor: ActorContext, @Param('id') id: string, @Res({ passthrough: true }) response: HeaderSink) {
    return withETag(response, await this.services.query<{ version: number }>(Subjects.GetAssignment, actor, { id }));
  }

  @Post(':id/sign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign for the order (签收)' })
  sign(@Actor() actor: ActorContext, @Param('id') id: string, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SignFor, actor, { id }, options);
  }

  @Post(':id/objection')
  @HttpCode(200)
  @ApiOperation({ summary: 'Object to a wrong order (派单异议), with the reason' })
  object(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: RaiseObjectionDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.RaiseObjection, actor, { assignmentId: id, reason: body.reason }, options);
  }

  @Post(':id/objection/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'A dispatcher (the supervisor from the third objection on) upholds (re-dispatch to unitCode) or rejects (back to the unit, with the reason) an objection' })
  review(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: ReviewObjectionDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.ReviewObjection, actor, { assignmentId: id, ...body }, options);
  }

  @Post(':id/objection/manager-decision')
  @HttpCode(200)
  @ApiOperation({ summary: "The unit's manager approves an objection on to review, or refuses it back to the unit (when the district requires the step)" })
  decideObjectionAsManager(
    @Actor() actor: ActorContext,
    @Param('id') id: string,
    @Body() body: ManagerObjectionDecisionDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.services.command(Subjects.DecideObjectionAsManager, actor, { assignmentId: id, decision: body.decision, note: body.note ?? '' }, options);
  }

  @Post(':id/extension')
  @HttpCode(201)
  @ApiOperation({ summary: 'The lead unit asks for a later feedback deadline (延期), with a reason shown to the resident' })
  requestExtension(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: RequestExtensionDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.RequestExtension, actor, { assignmentId: id, ...body }, options);
  }

  @Post(':id/reply')
  @HttpCode(201)
  @ApiOperation({ summary: "The unit's reply: solved, partly solved or explained" })
  reply(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: RecordReplyDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.RecordReply, actor, { assignmentId: id, ...body }, options);
  }
}
