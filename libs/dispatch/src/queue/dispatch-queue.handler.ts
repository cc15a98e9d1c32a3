import { Controller } from '@nestjs/common';
import { EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import {
  EventTypes,
  Subjects,
  type AssignRequestPayload,
  type CommandMessage,
  type EventEnvelope,
  type RedispatchRequestPayload,
  type RequestMerged,
  type RequestRegistered,
  type RequestReopened,
  type RequestTriaged,
} from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { DispatchQueueService } from './dispatch-queue.service';
import { RedispatchService } from './redispatch.service';
import { RequestRoutingService } from './request-routing.service';

@Controller()
export class DispatchQueueHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly queue: DispatchQueueService,
    private readonly routing: RequestRoutingService,
    private readonly redispatches: RedispatchService,
  ) {}

  @EventPattern(EventTypes.RequestRegistered)
  async onRegistered(@Payload() event: EventEnvelope<RequestRegistered>): Promise<void> {
    await this.routing.onRegistered(event);
  }

  @EventPattern(EventTypes.RequestReopened)
  async onReopened(@Payload() event: EventEnvelope<RequestReopened>): Promise<void> {
    await this.routing.onReopened(event);
  }

  @EventPattern(EventTypes.RequestTriaged)
  async onTriaged(@Payload() event: EventEnvelope<RequestTriaged>): Promise<void> {
    await this.routing.onLeftIntake(event);
  }

  @EventPattern(EventTypes.RequestMerged)
  async onMerged(@Payload() event: EventEnvelope<RequestMerged>): Promise<void> {
    await this.routing.onLeftIntake(event);
  }

  @MessagePattern(Subjects.DispatchQueue)
  list(@Payload() message: CommandMessage<Record<string, never>>) {
    return this.commands.query(message, (manager, context) => this.queue.list(manager, context));
  }

  @MessagePattern(Subjects.AssignRequest)
  assign(@Payload() message: CommandMessage<AssignRequestPayload>) {
    return this.commands.execute(Subjects.AssignRequest, message, (manager, context) => this.queue.assign(manager, context, message.payload));
  }

  @MessagePattern(Subjects.RedispatchRequest)
  redispatch(@Payload() message: CommandMessage<RedispatchRequestPayload>) {
    return this.commands.execute(Subjects.RedispatchRequest, message, (manager, context) => this.redispatches.redispatch(manager, context, message.payload));
  }
}
