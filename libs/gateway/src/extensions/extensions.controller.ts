import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';

export class ExtensionQueueQuery {
  @ApiPropertyOptional({ enum: ['awaiting-manager', 'awaiting-dispatcher', 'granted', 'refused'] })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  state?: string;
}

export class ExtensionDecisionDto {
  @ApiProperty({ enum: ['approve', 'refuse'], description: 'a unit manager approves on to the dispatchers; a dispatcher approving grants it' })
  @IsIn(['approve', 'refuse'], { message: 'decision must be approve or refuse' })
  decision!: 'approve' | 'refuse';

  @ApiPropertyOptional({ description: 'required when refusing' }) @IsOptional() @IsString() @Length(0, 2000) note?: string;
}

/** Extensions (延期) are asked for on the assignment (POST /assignments/:id/extension); here they are decided. */
@ApiTags('extensions')
@Controller('extensions')
export class ExtensionsController {
  constructor(private readonly services: ServiceCalls) {}

  @Get()
  @ApiOperation({ summary: "Extensions by state: dispatchers' queue (default awaiting-dispatcher), a unit manager's (default awaiting-manager)" })
  queue(@Actor() actor: ActorContext, @Query() query: ExtensionQueueQuery) {
    return this.services.query(Subjects.ExtensionQueue, actor, { state: query.state });
  }

  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: "The unit manager's approval (when required), then a dispatcher grants (the feedback deadline moves) or refuses with a note" })
  decide(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: ExtensionDecisionDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.DecideExtension, actor, { extensionId: id, decision: body.decision, note: body.note ?? '' }, options);
  }
}
