import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { withETag, type HeaderSink } from '../http/etag';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import { DispatchRequestDto } from './dispatch-request.dto';
import { DuplicateDraftDto } from './duplicate-draft.dto';
import { MergeRequestDto } from './merge-request.dto';
import { TriageDto } from './triage-request.dto';
import { DEFAULT_LIST_LIMIT, ListRequestsQuery } from './list-requests.query';
import { RecordCallbackDto } from './record-callback.dto';
import { RegisterRequestDto } from './register-request.dto';

@ApiTags('requests')
@Controller('requests')
export class RequestsController {
  constructor(private readonly services: ServiceCalls) {}

  @Post()
  @ApiOperation({ summary: 'Register a request (受理) from any channel' })
  register(@Actor() actor: ActorContext, @Body() body: RegisterRequestDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.RegisterRequest, actor, body, options);
  }

  @Get()
  @ApiOperation({ summary: 'The requests in your view, newest first, masked as in GET /requests/{id}; status=replied is the callback queue' })
  list(@Actor() actor: ActorContext, @Query() query: ListRequestsQuery) {
    return this.services.query(Subjects.ListRequests, actor, { status: query.status, phone: query.phone, limit: query.limit ?? DEFAULT_LIST_LIMIT });
  }

  @Post('similar')
  @HttpCode(200)
  @ApiOperation({ summary: 'Before registering: open requests this draft may duplicate (并单), most similar description first' })
  similarToDraft(@Actor() actor: ActorContext, @Body() body: DuplicateDraftDto) {
    return this.services.query(Subjects.FindDuplicates, actor, { draft: { ...body } });
  }

  @Get(':id')
  @ApiOperation({ summary: 'A request, where it stands, and its resident (masked unless your role needs the identity)' })
  async get(@Actor() actor: ActorContext, @Param('id') id: string, @Res({ passthrough: true }) response: HeaderSink) {
    return withETag(response, await this.services.query<{ version: number }>(Subjects.GetRequest, actor, { id }));
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every event of the request: who, when, what, why' })
  history(@Actor() actor: ActorContext, @Param('id') id: string) {
    return this.services.query(Subjects.GetRequestHistory, actor, { id });
  }

  @Get(':id/similar')
  @ApiOperation({ summary: 'Open requests this one may duplicate (并单): same category, same address / within 200 m / same area, last 30 days' })
  similar(@Actor() actor: ActorContext, @Param('id') id: string) {
    return this.services.query(Subjects.FindDuplicates, actor, { requestId: id });
  }

  @Post(':id/triage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Agent or dispatcher: a registered or queued request leaves the loop with an outcome other than dispatch (分类处置)' })
  triage(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: TriageDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.TriageRequest, actor, { ...body, requestId: id }, options);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Agent or dispatcher: merge this registered or queued duplicate into an open primary (并单)' })
  merge(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: MergeRequestDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.MergeRequest, actor, { ...body, requestId: id }, options);
  }

  @Get(':id/assignments')
  assignments(@Actor() actor: ActorContext, @Param('id') id: string) {
    return this.services.query(Subjects.ListAssignments, actor, { requestId: id });
  }

  @Post(':id/dispatch')
  @HttpCode(201)
  @ApiOperation({ summary: 'A dispatcher sends a queued request to a unit' })
  dispatch(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: DispatchRequestDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.AssignRequest, actor, { requestId: id, ...body }, options);
  }

  @Get(':id/feedback')
  @ApiOperation({ summary: "The unit's replies and the callbacks (回访); its ETag guards the next callback" })
  async feedback(@Actor() actor: ActorContext, @Param('id') id: string, @Res({ passthrough: true }) response: HeaderSink) {
    return withETag(response, await this.services.query<{ version: number }>(Subjects.GetFeedbackCase, actor, { id }));
  }

  @Post(':id/callbacks')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record the callback: reached? solved? satisfied?' })
  callback(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: RecordCallbackDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.RecordCallback, actor, { requestId: id, ...body }, options);
  }
}
