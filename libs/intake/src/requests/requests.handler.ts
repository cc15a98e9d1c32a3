import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Subjects,
  type ById,
  type CommandMessage,
  type FindDuplicatesPayload,
  type ListRequestsPayload,
  type MergeRequestPayload,
  type RegisterRequestPayload,
  type TriageRequestPayload,
} from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { DuplicateFinderService } from '../duplicates/duplicate-finder.service';
import { MergeService } from '../duplicates/merge.service';
import { assertMayRegister } from '../registration/registrars';
import { RegisterRequestService } from '../registration/register-request.service';
import { TriageService } from '../triage/triage.service';
import { RequestQueriesService } from './request-queries.service';

@Controller()
export class RequestsHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly registration: RegisterRequestService,
    private readonly queries: RequestQueriesService,
    private readonly triage: TriageService,
    private readonly merging: MergeService,
    private readonly duplicates: DuplicateFinderService,
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

  @MessagePattern(Subjects.TriageRequest)
  triageRequest(@Payload() message: CommandMessage<TriageRequestPayload>) {
    const { requestId, ...decision } = message.payload;
    return this.commands.execute(Subjects.TriageRequest, message, (manager, context) => this.triage.triage(manager, context, requestId, decision, message.expectedVersion));
  }

  @MessagePattern(Subjects.MergeRequest)
  merge(@Payload() message: CommandMessage<MergeRequestPayload>) {
    return this.commands.execute(Subjects.MergeRequest, message, (manager, context) => this.merging.merge(manager, context, message.payload, message.expectedVersion));
  }

  /** Duplicates of a registered request (requestId) or of a draft before it is registered. */
  @MessagePattern(Subjects.FindDuplicates)
  findDuplicates(@Payload() message: CommandMessage<FindDuplicatesPayload>) {
    return this.commands.query(message, async (manager, context) => {
      const { requestId, draft } = message.payload;
      if (requestId !== undefined) return this.duplicates.forRequest(manager, context, await this.queries.find(manager, context, requestId));
      return this.duplicates.forDraft(manager, context, draft!);
    });
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
