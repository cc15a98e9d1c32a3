import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  CivicError,
  IdempotencyKeyReused,
  INTERNAL_ERROR,
  type ActorContext,
  type CommandMessage,
  type CommandReply,
} from '@civicloop/contracts';
import { runInContext, type TenantTransactions } from '@civicloop/persistence';
import { outboxRowsWrittenFor } from '../outbox/outbox-writer';

export interface CommandExecutorOptions {
  schema: string;
  /** Called after a command committed outbox rows, with the districts they were written for. */
  afterCommit: (tenantIds: string[]) => void;
  logError: (message: string, error: unknown) => void;
}

type Work<T> = (manager: EntityManager, context: ActorContext) => Promise<T>;

/**
 * Runs a command or query for the context it carries, in one tenant transaction, and turns the
 * outcome into a CommandReply. Commands with an Idempotency-Key store their answer in the same
 * transaction, so a retry gets the first answer and causes no second effect.
 */
export class CommandExecutor {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly options: CommandExecutorOptions,
  ) {}

  async execute<T>(subject: string, message: CommandMessage, work: Work<T>): Promise<CommandReply<T>> {
    let announced: string[] = [];
    const reply = await this.replyFor(message.context, async (manager) => {
      const result = await this.once(manager, subject, message, work);
      announced = outboxRowsWrittenFor(manager);
      return result;
    });
    if (reply.ok && announced.length > 0) this.options.afterCommit(announced);
    return reply;
  }

  query<T>(message: CommandMessage, work: Work<T>): Promise<CommandReply<T>> {
    return this.replyFor(message.context, (manager) => work(manager, message.context));
  }

  /** The reply for a failure outside the executor's transaction (e.g. a lookup before it). */
  rejection(error: unknown): CommandReply<never> {
    if (error instanceof CivicError) return { ok: false, error: error.toBody() };
    this.options.logError('command failed', error);
    return { ok: false, error: INTERNAL_ERROR };
  }

  private async replyFor<T>(context: ActorContext, work: (manager: EntityManager) => Promise<T>): Promise<CommandReply<T>> {
    try {
      const data = await runInContext(context, () => this.transactions.run(work));
      return { ok: true, data };
    } catch (error) {
      return this.rejection(error);
    }
  }

  private async once<T>(manager: EntityManager, subject: string, message: CommandMessage, work: Work<T>): Promise<T> {
    const key = message.idempotencyKey;
    if (!key) return work(manager, message.context);
    const table = `"${this.options.schema}".idempotency_keys`;
    const hash = createHash('sha256')
      .update(JSON.stringify([subject, message.expectedVersion ?? null, message.payload]))
      .digest('hex');
    // Serialises concurrent retries of one key: the second waits here, then finds the first answer.
    await manager.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${message.context.tenantId}:${key}`]);
    const [stored] = await manager.query(`select request_hash, response from ${table} where tenant_id = $1 and key = $2`, [
      message.context.tenantId,
      key,
    ]);
    if (stored) {
      if (stored.request_hash !== hash) throw new IdempotencyKeyReused();
      return stored.response as T;
    }
    const result = await work(manager, message.context);
    await manager.query(`insert into ${table} (tenant_id, key, request_hash, response) values ($1, $2, $3, $4::jsonb)`, [
      message.context.tenantId,
      key,
      hash,
      JSON.stringify(result ?? null),
    ]);
    return result;
  }
}
