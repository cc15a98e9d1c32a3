import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { ServiceCalls } from '../http/service-calls';

@ApiTags('callbacks')
@Controller('callbacks')
export class CallbacksController {
  constructor(private readonly services: ServiceCalls) {}

  @Get()
  @ApiOperation({ summary: 'The callback queue (回访): requests due a callback (replied, expired, merged), oldest first, with the calls made' })
  queue(@Actor() actor: ActorContext) {
    return this.services.query(Subjects.CallbackQueue, actor, {});
  }
}
