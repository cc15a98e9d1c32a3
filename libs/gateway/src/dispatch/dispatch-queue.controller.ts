import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { ServiceCalls } from '../http/service-calls';

@ApiTags('dispatch')
@Controller('dispatch')
export class DispatchQueueController {
  constructor(private readonly services: ServiceCalls) {}

  @Get('queue')
  @ApiOperation({ summary: 'Requests waiting for a dispatcher, oldest first, with the suggested unit and why' })
  queue(@Actor() actor: ActorContext) {
    return this.services.query(Subjects.DispatchQueue, actor, {});
  }
}
