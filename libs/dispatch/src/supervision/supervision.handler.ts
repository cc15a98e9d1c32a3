import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type CommandMessage, type IssueSupervisionNoticePayload } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { SupervisionService } from './supervision.service';

@Controller()
export class SupervisionHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly supervision: SupervisionService,
  ) {}

  @MessagePattern(Subjects.SupervisionQueue)
  queue(@Payload() message: CommandMessage<Record<string, never>>) {
    return this.commands.query(message, (manager, context) => this.supervision.queue(manager, context));
  }

  @MessagePattern(Subjects.SupervisionNotices)
  notices(@Payload() message: CommandMessage<{ unitCode?: string; assignmentId?: string }>) {
    return this.commands.query(message, (manager, context) => this.supervision.notices(manager, context, message.payload ?? {}));
  }

  @MessagePattern(Subjects.IssueSupervisionNotice)
  issue(@Payload() message: CommandMessage<IssueSupervisionNoticePayload>) {
    return this.commands.execute(Subjects.IssueSupervisionNotice, message, (manager, context) => this.supervision.issueNotice(manager, context, message.payload));
  }
}
