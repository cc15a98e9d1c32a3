import { isObservable, lastValueFrom } from 'rxjs';
import type { MessageHandler } from '@nestjs/microservices';
import { BaseRpcContext } from '@nestjs/microservices/ctx-host/base-rpc.context';

/** Calls a Nest message handler and waits for its result, so a transport acks only after the work is done. */
export async function invokeHandler(handler: MessageHandler, data: unknown): Promise<unknown> {
  const result = await handler(data, new BaseRpcContext([]));
  return isObservable(result) ? lastValueFrom(result, { defaultValue: undefined }) : result;
}

export function splitHandlers(handlers: Map<string, MessageHandler>): {
  commands: Map<string, MessageHandler>;
  events: Map<string, MessageHandler>;
} {
  const commands = new Map<string, MessageHandler>();
  const events = new Map<string, MessageHandler>();
  for (const [pattern, handler] of handlers) (handler.isEventHandler ? events : commands).set(pattern, handler);
  return { commands, events };
}
