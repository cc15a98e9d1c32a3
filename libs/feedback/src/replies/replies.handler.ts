import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type CommandMessage, type RecordReplyPayload } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { RecordReplyService } from './record-reply.service';

@Controller()
export class RepliesHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly replies: RecordReplyService,
  ) {}

  @MessagePattern(Subjects.RecordReply)
  record(@Payload() message: CommandMessage<RecordReplyPayload>) {
    return this.commands.execute(Subjects.RecordReply, message, (manager, context) => this.replies.record(manager, context, message));
  }
}
