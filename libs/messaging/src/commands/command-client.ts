import type { CommandMessage, CommandReply } from '@civicloop/contracts';

/** How the gateway reaches a service: core NATS request/reply, or the in-process bus. */
export interface CommandClient {
  send<T>(subject: string, message: CommandMessage): Promise<CommandReply<T>>;
}

export const COMMAND_CLIENT = Symbol('CommandClient');
