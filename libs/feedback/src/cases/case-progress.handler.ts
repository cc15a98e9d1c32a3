import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { AssignmentCreated, EventEnvelope } from '@civicloop/contracts';
import { CASE_EVENT_TYPES, CaseProgressService } from './case-progress.service';

@Controller()
export class CaseProgressHandler {
  constructor(private readonly progress: CaseProgressService) {}

  @EventPattern(CASE_EVENT_TYPES)
  async onAssignmentEvent(@Payload() event: EventEnvelope<AssignmentCreated>): Promise<void> {
    await this.progress.apply(event);
  }
}
