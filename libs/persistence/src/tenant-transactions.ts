import { AsyncLocalStorage } from 'node:async_hooks';
import { escapeLiteral } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { currentContext } from './request-context';

/** A transaction that every run() of its district joins (see TenantTransactions.runJoined). */
interface JoinedTransaction {
  tenantId: string;
  userId: string;
  manager: EntityManager;
  afterCommit: Array<() => void>;
  /** False once committed or rolled back: work the batch left running must not use its connection. */
  open: boolean;
}

/**
 * Opens every transaction of a service with the tenant (and user) of the current context set
 * transaction-locally, which is what row-level security policies read.
 */
export class TenantTransactions {
  private readonly joined = new AsyncLocalStorage<JoinedTransaction>();

  constructor(readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const { tenantId, userId } = currentContext();
    const shared = this.joined.getStore();
    if (shared?.open && shared.tenantId === tenantId && shared.userId === userId) return work(shared.manager);
    return this.inTransaction(tenantId, userId, work);
  }

  /**
   * Runs `work` so that every run() of the same district and user inside it joins one transaction,
   * committed once at the end (a consumer's batch of events: one commit, then an ack each). It is
   * all or nothing: if `work` throws, nothing of it is committed and effects queued with
   * afterCommit() are dropped.
   */
  async runJoined<T>(tenantId: string, userId: string, work: () => Promise<T>): Promise<T> {
    const afterCommit: Array<() => void> = [];
    const result = await this.inTransaction(tenantId, userId, async (manager) => {
      const shared = { tenantId, userId, manager, afterCommit, open: true };
      try {
        return await this.joined.run(shared, work);
      } finally {
        shared.open = false;
      }
    });
    for (const effect of afterCommit) effect();
    return result;
  }

  /** Calls `effect` once the transaction the caller is in has committed: at once unless it joined a batch. */
  afterCommit(effect: () => void): void {
    const shared = this.joined.getStore();
    if (shared?.open) shared.afterCommit.push(effect);
    else effect();
  }

  private async inTransaction<T>(tenantId: string, userId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await openTenantTransaction(runner, tenantId, userId);
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      // The original error is the one worth reporting; a failed rollback ends with the connection.
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

/**
 * BEGIN and the tenant in one round trip (a simple-protocol query of two statements), where
 * TypeORM's startTransaction would take two: round trips are most of a transaction's CPU here
 * (docs/adr/0023). set_config(..., true) is transaction-local, so a pooled connection never carries
 * it to the next user. The runner is then told what startTransaction would have recorded, so
 * commit, rollback, save() and nested transactions (savepoints) behave as with TypeORM's own.
 */
async function openTenantTransaction(runner: QueryRunner, tenantId: string, userId: string): Promise<void> {
  Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
  await runner.query(`start transaction; select set_config('app.tenant', ${escapeLiteral(tenantId)}, true), set_config('app.user', ${escapeLiteral(userId)}, true)`);
}
