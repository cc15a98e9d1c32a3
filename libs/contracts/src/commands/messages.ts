import type { ActorContext } from '../context';
import type { ErrorBody } from '../errors';

/** What the gateway sends to a service: the verified context travels with every message. */
export interface CommandMessage<T = unknown> {
  context: ActorContext;
  /** Same key and body within 24 h → the first answer again, and one effect. */
  idempotencyKey?: string;
  /** The aggregate version the client last saw (If-Match); a stale one is refused with 409. */
  expectedVersion?: number;
  payload: T;
}

export type CommandReply<T = unknown> = { ok: true; data: T } | { ok: false; error: ErrorBody };
