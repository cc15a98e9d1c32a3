import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type ById, type CommandMessage } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { CaseQueriesService } from './case-queries.service';

@Controller()
export class CasesHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly queries: CaseQueriesService,
  ) {}

  @MessagePattern(Subjects.GetFeedbackCase)
  get(@Payload() message: CommandMessage<ById>) {
    return this.commands.query(message, (manager, context) => this.queries.get(manager, context, String(message.payload?.id ?? '')));
  }
}
