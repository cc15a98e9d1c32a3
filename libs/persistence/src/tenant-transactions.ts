import type { DataSource, EntityManager } from 'typeorm';
import { currentContext } from './request-context';

/**
 * Opens every transaction of a service with the tenant (and user) of the current context set
 * transaction-locally, which is what row-level security policies read.
 */
export class TenantTransactions {
  constructor(readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const { tenantId, userId } = currentContext();
    return this.dataSource.transaction(async (manager) => {
      // set_config(..., true) is transaction-local: a pooled connection never carries it to the next user.
      await manager.query(`select set_config('app.tenant', $1, true), set_config('app.user', $2, true)`, [tenantId, userId]);
      return work(manager);
    });
  }
}
