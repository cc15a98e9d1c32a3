import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { EventEnvelope } from '@civicloop/contracts';
import { FACT_EVENT_TYPES, FactRecorderService } from './fact-recorder.service';

@Controller()
export class FactsHandler {
  constructor(private readonly facts: FactRecorderService) {}

  @EventPattern(FACT_EVENT_TYPES)
  async onFact(@Payload() event: EventEnvelope): Promise<void> {
    await this.facts.apply(event);
  }
}
