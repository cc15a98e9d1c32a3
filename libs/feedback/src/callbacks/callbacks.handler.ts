import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type CommandMessage, type RecordCallbackPayload } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { CallbackQueueService } from './callback-queue.service';
import { RecordCallbackService } from './record-callback.service';

@Controller()
export class CallbacksHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly callbacks: RecordCallbackService,
    private readonly queue: CallbackQueueService,
  ) {}

  @MessagePattern(Subjects.RecordCallback)
  record(@Payload() message: CommandMessage<RecordCallbackPayload>) {
    return this.commands.execute(Subjects.RecordCallback, message, (manager, context) => this.callbacks.record(manager, context, message));
  }

  @MessagePattern(Subjects.CallbackQueue)
  list(@Payload() message: CommandMessage<Record<string, never>>) {
    return this.commands.query(message, (manager, context) => this.queue.list(manager, context));
  }
}
