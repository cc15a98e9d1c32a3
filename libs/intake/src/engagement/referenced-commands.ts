import { Injectable } from '@nestjs/common';
import type { ActorContext, CommandMessage, CommandReply, DistrictReferenceResult } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import type { EntityManager } from 'typeorm';
import { DistrictReferenceClient } from '../knowledge/district-reference.client';

type Work<R> = (manager: EntityManager, context: ActorContext) => Promise<R>;

/**
 * Commands and queries that name categories, areas or units: the district's reference is read from
 * dispatch first, outside the transaction, so no connection waits on the broker; a failed read is the reply.
 */
@Injectable()
export class ReferencedCommands {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly reference: DistrictReferenceClient,
  ) {}

  execute<T, R>(subject: string, message: CommandMessage<T>, work: (reference: DistrictReferenceResult) => Work<R>): Promise<CommandReply<R>> {
    return this.withReference(message, (reference) => this.commands.execute(subject, message, work(reference)));
  }

  query<T, R>(message: CommandMessage<T>, work: (reference: DistrictReferenceResult) => Work<R>): Promise<CommandReply<R>> {
    return this.withReference(message, (reference) => this.commands.query(message, work(reference)));
  }

  private async withReference<T, R>(message: CommandMessage<T>, run: (reference: DistrictReferenceResult) => Promise<CommandReply<R>>): Promise<CommandReply<R>> {
    let reference: DistrictReferenceResult;
    try {
      reference = await this.reference.fetch(message.context);
    } catch (error) {
      return this.commands.rejection(error);
    }
    return run(reference);
  }
}
