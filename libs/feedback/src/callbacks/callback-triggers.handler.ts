import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventTypes, type DeadlineMissed, type EventEnvelope, type RequestMerged } from '@civicloop/contracts';
import { FeedbackExpiryService } from '../cases/feedback-expiry.service';
import { MergeLinkService } from '../merges/merge-link.service';

/** What makes a callback due besides a reply: an expired feedback deadline, and a merge into an answered primary. */
@Controller()
export class CallbackTriggersHandler {
  constructor(
    private readonly expiry: FeedbackExpiryService,
    private readonly merges: MergeLinkService,
  ) {}

  @EventPattern(EventTypes.DeadlineMissed)
  async onDeadlineMissed(@Payload() event: EventEnvelope<DeadlineMissed>): Promise<void> {
    await this.expiry.onMissed(event);
  }

  @EventPattern(EventTypes.RequestMerged)
  async onMerged(@Payload() event: EventEnvelope<RequestMerged>): Promise<void> {
    await this.merges.onMerged(event);
  }
}
