import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type CommandMessage, type DecideExtensionPayload, type ExtensionQueuePayload, type RequestExtensionPayload } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { ExtensionQueriesService } from './extension-queries.service';
import { ExtensionsService } from './extensions.service';

/** 延期: asked by the lead unit, approved by its manager when required, granted or refused by a dispatcher. */
@Controller()
export class ExtensionsHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly extensions: ExtensionsService,
    private readonly queries: ExtensionQueriesService,
  ) {}

  @MessagePattern(Subjects.RequestExtension)
  request(@Payload() message: CommandMessage<RequestExtensionPayload>) {
    return this.commands.execute(Subjects.RequestExtension, message, (manager, context) =>
      this.extensions.request(manager, context, message.payload, message.expectedVersion),
    );
  }

  @MessagePattern(Subjects.DecideExtension)
  decide(@Payload() message: CommandMessage<DecideExtensionPayload>) {
    return this.commands.execute(Subjects.DecideExtension, message, (manager, context) =>
      this.extensions.decide(manager, context, message.payload, message.expectedVersion),
    );
  }

  @MessagePattern(Subjects.ExtensionQueue)
  queue(@Payload() message: CommandMessage<ExtensionQueuePayload>) {
    return this.commands.query(message, (manager, context) => this.queries.queue(manager, context, message.payload));
  }
}
