import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type ById, type CommandMessage, type ListAssignmentsPayload } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { AssignmentActionsService } from './assignment-actions.service';
import { AssignmentQueriesService } from './assignment-queries.service';

@Controller()
export class AssignmentsHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly actions: AssignmentActionsService,
    private readonly queries: AssignmentQueriesService,
  ) {}

  @MessagePattern(Subjects.SignFor)
  signFor(@Payload() message: CommandMessage<ById>) {
    return this.commands.execute(Subjects.SignFor, message, (manager, context) =>
      this.actions.signFor(manager, context, message.payload.id, message.expectedVersion),
    );
  }

  @MessagePattern(Subjects.GetAssignment)
  get(@Payload() message: CommandMessage<ById>) {
    return this.commands.query(message, (manager, context) => this.queries.get(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.ListAssignments)
  list(@Payload() message: CommandMessage<ListAssignmentsPayload>) {
    return this.commands.query(message, (manager, context) => this.queries.list(manager, context, message.payload));
  }
}
