import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Subjects,
  type CommandMessage,
  type DecideObjectionAsManagerPayload,
  type ObjectionQueuePayload,
  type RaiseObjectionPayload,
  type ReviewObjectionPayload,
} from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { ObjectionQueriesService } from './objection-queries.service';
import { ObjectionRaisingService } from './objection-raising.service';
import { ObjectionReviewService } from './objection-review.service';

/** 派单异议: raised by the unit, approved by its manager when required, reviewed by a dispatcher or the supervisor. */
@Controller()
export class ObjectionsHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly raising: ObjectionRaisingService,
    private readonly reviews: ObjectionReviewService,
    private readonly queries: ObjectionQueriesService,
  ) {}

  @MessagePattern(Subjects.RaiseObjection)
  raise(@Payload() message: CommandMessage<RaiseObjectionPayload>) {
    return this.commands.execute(Subjects.RaiseObjection, message, (manager, context) =>
      this.raising.raise(manager, context, message.payload, message.expectedVersion),
    );
  }

  @MessagePattern(Subjects.DecideObjectionAsManager)
  decideAsManager(@Payload() message: CommandMessage<DecideObjectionAsManagerPayload>) {
    return this.commands.execute(Subjects.DecideObjectionAsManager, message, (manager, context) =>
      this.raising.decideAsManager(manager, context, message.payload, message.expectedVersion),
    );
  }

  @MessagePattern(Subjects.ReviewObjection)
  review(@Payload() message: CommandMessage<ReviewObjectionPayload>) {
    return this.commands.execute(Subjects.ReviewObjection, message, (manager, context) =>
      this.reviews.review(manager, context, message.payload, message.expectedVersion),
    );
  }

  @MessagePattern(Subjects.ObjectionQueue)
  queue(@Payload() message: CommandMessage<ObjectionQueuePayload>) {
    return this.commands.query(message, (manager, context) => this.queries.queue(manager, context, message.payload));
  }
}
