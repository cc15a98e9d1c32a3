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
  /** Districts whose commits woke the relay: drained without first asking which districts wait. */
  private readonly wokenTenants = new Set<string>();
  private fullScanWanted = true;
  private lastFullScanAt = 0;
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

  /**
   * Wakes the relay. Named districts (those a commit wrote rows for) are drained at once; it still
   * looks for every district's rows when woken without one and at least once per idle poll
   * interval (rows of a crashed replica, of work that named no district).
   */
  wake(...tenantIds: string[]): void {
    if (tenantIds.length === 0) this.fullScanWanted = true;
    for (const tenantId of tenantIds) this.wokenTenants.add(tenantId);
    this.wakeRequested = true;
    this.wakeUp?.();
  }

  /** Publishes one batch per district with rows waiting; returns how many rows it published. */
  async drainOnce(): Promise<number> {
    const tenants: Array<{ tenant: string }> = await this.transactions.dataSource.query(`select t as tenant from "${this.schema}".outbox_pending_tenants() t`);
    return this.drainTenants(tenants.map(({ tenant }) => tenant));
  }

  /** One batch per district; a district whose batch was full has more waiting and is drained again next. */
  private async drainTenants(tenants: string[]): Promise<number> {
    let published = 0;
    for (const tenant of tenants) {
      const count = await this.drainTenant(tenant);
      if (count >= this.batchSize) this.wokenTenants.add(tenant);
      published += count;
    }
    return published;
  }

  /**
   * Claims a batch and marks it published in one statement, publishes it, then commits: the marks
   * become visible only after the broker accepted every event, and a failed publish rolls them back.
   */
  private drainTenant(tenantId: string): Promise<number> {
    return runInContext(systemContext(tenantId), () => this.transactions.run(async (manager) => {
      const outbox = `"${this.schema}".outbox`;
      const [rows]: [Array<{ seq: string; envelope: EventEnvelope }>, number] = await manager.query(
        `update ${outbox} set published_at = clock_timestamp()
          where seq in (select seq from ${outbox} where published_at is null order by seq limit $1 for update skip locked)
          returning seq, envelope`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      // In commit order (RETURNING keeps none): consumers still tolerate reordering, but need not see it here.
      rows.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
      await this.publisher.publish(rows.map((row) => row.envelope));
      faultPoint('relay-after-publish');
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

  /**
   * Drains the districts commits named as soon as they are named, and every district once per idle
   * poll interval; between the two it sleeps, so a busy relay does not ask which districts wait
   * after every batch (a round trip each time).
   */
  private async run(): Promise<void> {
    while (this.running) {
      this.wakeRequested = false;
      const woken = [...this.wokenTenants];
      this.wokenTenants.clear();
      const fullScan = this.fullScanWanted || performance.now() - this.lastFullScanAt >= this.idlePollMs;
      try {
        if (fullScan) {
          this.fullScanWanted = false;
          this.lastFullScanAt = performance.now();
          await this.drainOnce();
        } else {
          await this.drainTenants(woken);
        }
      } catch (error) {
        this.options.onError?.(error);
        for (const tenant of woken) this.wokenTenants.add(tenant);
        this.fullScanWanted = true;
        await this.sleep(this.idlePollMs);
        continue;
      }
      if (!this.wakeRequested && this.wokenTenants.size === 0) await this.sleep(this.idlePollMs - (performance.now() - this.lastFullScanAt));
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
