import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import { RedispatchDto } from './redispatch.dto';

@ApiTags('dispatch')
@Controller('requests')
export class RedispatchController {
  constructor(private readonly services: ServiceCalls) {}

  @Post(':id/redispatch')
  @HttpCode(201)
  @ApiOperation({ summary: 'A dispatcher overrides the catalogue (改派): a queued or not yet signed order goes to another unit, with the reason; 409 once signed' })
  redispatch(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: RedispatchDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.RedispatchRequest, actor, { requestId: id, unitCode: body.unitCode, reason: body.reason }, options);
  }
}
