import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type AddAttachmentPayload, type CommandMessage, type GetAttachmentPayload } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { AttachmentsService } from './attachments.service';

@Controller()
export class AttachmentsHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly attachments: AttachmentsService,
  ) {}

  @MessagePattern(Subjects.AddAttachment)
  add(@Payload() message: CommandMessage<AddAttachmentPayload>) {
    return this.commands.execute(Subjects.AddAttachment, message, (manager, context) => this.attachments.add(manager, context, message.payload));
  }

  @MessagePattern(Subjects.GetAttachment)
  get(@Payload() message: CommandMessage<GetAttachmentPayload>) {
    return this.commands.query(message, (manager, context) => this.attachments.get(manager, context, message.payload));
  }
}
