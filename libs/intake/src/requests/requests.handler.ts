import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type ById, type CommandMessage, type ListRequestsPayload, type RegisterRequestPayload } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { assertMayRegister } from '../registration/registrars';
import { RegisterRequestService } from '../registration/register-request.service';
import { RequestQueriesService } from './request-queries.service';

@Controller()
export class RequestsHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly registration: RegisterRequestService,
    private readonly queries: RequestQueriesService,
  ) {}

  @MessagePattern(Subjects.RegisterRequest)
  async register(@Payload() message: CommandMessage<RegisterRequestPayload>) {
    try {
      assertMayRegister(message.context);
      await this.registration.assertKnownReference(message.context, message.payload);
    } catch (error) {
      return this.commands.rejection(error);
    }
    return this.commands.execute(Subjects.RegisterRequest, message, (manager, context) =>
      this.registration.register(manager, context, message.payload),
    );
  }

  @MessagePattern(Subjects.GetRequest)
  get(@Payload() message: CommandMessage<ById>) {
    return this.commands.query(message, (manager, context) => this.queries.get(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.ListRequests)
  list(@Payload() message: CommandMessage<ListRequestsPayload>) {
    return this.commands.query(message, (manager, context) => this.queries.list(manager, context, message.payload));
  }

  @MessagePattern(Subjects.GetRequestHistory)
  history(@Payload() message: CommandMessage<ById>) {
    return this.commands.query(message, (manager, context) => this.queries.history(manager, context, message.payload.id));
  }
}
