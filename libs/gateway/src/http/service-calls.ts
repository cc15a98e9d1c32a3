import { HttpException, Inject, Injectable } from '@nestjs/common';
import type { ActorContext, CommandReply } from '@civicloop/contracts';
import { COMMAND_CLIENT, type CommandClient } from '@civicloop/messaging';

export interface CommandOptions {
  idempotencyKey?: string;
  expectedVersion?: number;
}

/** The gateway's one way to a service: the verified context travels with every message. */
@Injectable()
export class ServiceCalls {
  constructor(@Inject(COMMAND_CLIENT) private readonly client: CommandClient) {}

  async command<T>(subject: string, actor: ActorContext, payload: unknown, options: CommandOptions = {}): Promise<T> {
    return unwrap(await this.client.send<T>(subject, { context: actor, payload, ...options }));
  }

  async query<T>(subject: string, actor: ActorContext, payload: unknown): Promise<T> {
    return unwrap(await this.client.send<T>(subject, { context: actor, payload }));
  }
}

function unwrap<T>(reply: CommandReply<T>): T {
  if (reply.ok) return reply.data;
  throw new HttpException(reply.error, reply.error.status);
}
