import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { ServiceCalls } from '../http/service-calls';

export class ObjectionQueueQuery {
  @ApiPropertyOptional({ enum: ['awaiting-manager', 'in-review', 'refused-by-manager', 'upheld', 'rejected'] })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  state?: string;
}

/** Objections are raised and reviewed on the assignment (POST /assignments/:id/objection…); here are the queues. */
@ApiTags('objections')
@Controller('objections')
export class ObjectionsController {
  constructor(private readonly services: ServiceCalls) {}

  @Get()
  @ApiOperation({
    summary:
      'Objections (派单异议) waiting: dispatchers see the ones they review, the supervisor the ones to arbitrate (third and later), unit managers those awaiting their approval',
  })
  queue(@Actor() actor: ActorContext, @Query() query: ObjectionQueueQuery) {
    return this.services.query(Subjects.ObjectionQueue, actor, { state: query.state });
  }
}
