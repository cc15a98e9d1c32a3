import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventTypes, type EventEnvelope, type RequestRegistered } from '@civicloop/contracts';
import { RequestOwnersService } from './request-owners.service';

@Controller()
export class RequestOwnersHandler {
  constructor(private readonly owners: RequestOwnersService) {}

  @EventPattern(EventTypes.RequestRegistered)
  async onRegistered(@Payload() event: EventEnvelope<RequestRegistered>): Promise<void> {
    await this.owners.onRegistered(event);
  }
}
