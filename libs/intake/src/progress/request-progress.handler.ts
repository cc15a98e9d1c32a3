import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { EventEnvelope } from '@civicloop/contracts';
import { PROGRESS_EVENT_TYPES } from './progress-action';
import { RequestProgressService } from './request-progress.service';

@Controller()
export class RequestProgressHandler {
  constructor(private readonly progress: RequestProgressService) {}

  @EventPattern([...PROGRESS_EVENT_TYPES])
  async onProgress(@Payload() event: EventEnvelope<{ requestId: string }>): Promise<void> {
    await this.progress.apply(event);
  }
}
