import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import { AppealAssessmentDto, AssessmentWeightsDto, DecideAppealDto, FlagUnreasonableDto, ListAppealsQuery } from './assessment-commands.dto';

/** Assessment (考核): appeals, unreasonable flags and the district's composite weights. */
@ApiTags('assessment')
@Controller('assessment')
export class AssessmentController {
  constructor(private readonly services: ServiceCalls) {}

  @Post('appeals')
  @HttpCode(201)
  @ApiOperation({ summary: "The unit appeals an assignment's assessment (考核申诉), with a reason (unit staff or manager of the unit)" })
  appeal(@Actor() actor: ActorContext, @Body() body: AppealAssessmentDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.AppealAssessment, actor, body, options);
  }

  @Get('appeals')
  @ApiOperation({ summary: 'Appeals by state: every appeal for supervisors, its own for a unit' })
  appeals(@Actor() actor: ActorContext, @Query() query: ListAppealsQuery) {
    return this.services.query(Subjects.ListAppeals, actor, { state: query.state });
  }

  @Post('appeals/:id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'A supervisor accepts (the order leaves the unit’s rates, reason kept) or rejects an appeal with a note' })
  decide(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: DecideAppealDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.DecideAppeal, actor, { appealId: id, decision: body.decision, note: body.note ?? '' }, options);
  }

  @Post('requests/:requestId/unreasonable')
  @HttpCode(201)
  @ApiOperation({ summary: 'A supervisor flags an order unreasonable (恶意/无理): out of every unit’s three rates, reason kept' })
  flag(@Actor() actor: ActorContext, @Param('requestId') requestId: string, @Body() body: FlagUnreasonableDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.FlagUnreasonable, actor, { requestId, reason: body.reason }, options);
  }

  @Get('weights')
  @ApiOperation({ summary: "The district's composite-index weights" })
  weights(@Actor() actor: ActorContext) {
    return this.services.query(Subjects.GetAssessmentWeights, actor, {});
  }

  @Put('weights')
  @HttpCode(200)
  @ApiOperation({ summary: 'A district admin sets the weights: response + resolution + satisfaction = 1; basically satisfied 0..1 (default 0.9)' })
  setWeights(@Actor() actor: ActorContext, @Body() body: AssessmentWeightsDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SetAssessmentWeights, actor, body, options);
  }
}
