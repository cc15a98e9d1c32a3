import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventTypes, type EventEnvelope, type ReplyRecorded } from '@civicloop/contracts';
import { DeadlineMetService } from './deadline-met.service';

@Controller()
export class DeadlineMetHandler {
  constructor(private readonly deadlines: DeadlineMetService) {}

  @EventPattern(EventTypes.ReplyRecorded)
  async onReplied(@Payload() event: EventEnvelope<ReplyRecorded>): Promise<void> {
    await this.deadlines.onReplied(event);
  }
}
