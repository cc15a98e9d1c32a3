import type { EventEnvelope } from '@civicloop/contracts';
import { runInContext, systemContext, type TenantTransactions } from '@civicloop/persistence';
import type { EventPublisher } from '../event-publisher';
import { faultPoint } from '../fault-point';

export interface OutboxRelayOptions {
  batchSize?: number;
  /** How long an idle relay sleeps when nothing wakes it; commits in this process wake it at once. */
  idlePollMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Publishes committed outbox rows. Rows are claimed with FOR UPDATE SKIP LOCKED, so replicas share
 * the work without queueing on each other, and marked published only after the broker accepted them:
 * a crash in between republishes, and consumers' inboxes drop the duplicate. Work runs per district,
 * under row-level security: a cross-tenant function names the districts with rows waiting.
 */
export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private wakeRequested = false;
  private readonly batchSize: number;
  private readonly idlePollMs: number;

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly schema: string,
    private readonly publisher: EventPublisher,
    private readonly options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 256;
    this.idlePollMs = options.idlePollMs ?? 250;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Finishes the batch in flight, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    this.loop = null;
  }

  wake(): void {
    this.wakeRequested = true;
    this.wakeUp?.();
  }

  /** Publishes one batch per district with rows waiting; returns how many rows it published. */
  async drainOnce(): Promise<number> {
    const tenants: Array<{ tenant: string }> = await this.transactions.dataSource.query(`select t as tenant from "${this.schema}".outbox_pending_tenants() t`);
    let published = 0;
    for (const { tenant } of tenants) published += await this.drainTenant(tenant);
    return published;
  }

  private drainTenant(tenantId: string): Promise<number> {
    return runInContext(systemContext(tenantId), () => this.transactions.run(async (manager) => {
      const rows: Array<{ seq: string; envelope: EventEnvelope }> = await manager.query(
        `select seq, envelope from "${this.schema}".outbox
          where published_at is null order by seq limit $1 for update skip locked`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      await this.publisher.publish(rows.map((row) => row.envelope));
      faultPoint('relay-after-publish');
      await manager.query(`update "${this.schema}".outbox set published_at = clock_timestamp() where seq = any($1::bigint[])`, [
        rows.map((row) => row.seq),
      ]);
      return rows.length;
    }));
  }

  /** Operator tool: publish a district's events again from an instant on (consumers deduplicate). */
  async republishSince(tenantId: string, since: Date): Promise<number> {
    const republished = await runInContext(systemContext(tenantId), () =>
      this.transactions.run(async (manager) => {
        const rows: unknown[] = await manager.query(
          `update "${this.schema}".outbox set published_at = null where created_at >= $1 and published_at is not null returning seq`,
          [since],
        );
        return rows.length;
      }),
    );
    this.wake();
    return republished;
  }

  /** Unpublished rows of all districts (for metrics and operators). */
  async backlog(): Promise<number> {
    const [{ count }] = await this.transactions.dataSource.query(`select "${this.schema}".outbox_backlog()::int as count`);
    return count;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.wakeRequested = false;
      let published = 0;
      try {
        published = await this.drainOnce();
      } catch (error) {
        this.options.onError?.(error);
        await this.sleep(this.idlePollMs);
        continue;
      }
      if (published === 0 && !this.wakeRequested) await this.sleep(this.idlePollMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = () => {
        this.wakeUp = null;
        done();
      };
    });
  }
}
