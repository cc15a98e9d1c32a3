import { Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '@civicloop/clock';
import { runInContext, systemContext, type TenantTransactions } from '@civicloop/persistence';
import type { OutboxRelay } from '../outbox/outbox-relay';

/** How often a timer looks for due work: the first of these variables that holds a number ≥ 50 ms, else 5 s. */
export function timerIntervalMs(env: NodeJS.ProcessEnv, names: readonly string[]): number {
  for (const name of names) {
    const configured = Number(env[name]);
    if (env[name] !== undefined && Number.isFinite(configured) && configured >= 50) return configured;
  }
  return 5_000;
}

/**
 * Durable timers (ARCHITECTURE.md, "Decided"): due work is rows, claimed with SKIP LOCKED, so
 * replicas share it and a restart loses nothing. Every tick asks a SECURITY DEFINER function which
 * districts have work due, then does it district by district under row-level security, on the
 * injected clock (a replay on virtual time fires the same timers), and wakes the relay for the
 * events it wrote. A subclass names its function and does one district's work.
 */
export abstract class DistrictTimer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  protected constructor(
    name: string,
    private readonly intervalMs: number,
    /** `schema.function(due_by timestamptz) returns setof text`: the districts with work due. */
    private readonly districtsWithWork: string,
    private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
    protected readonly clock: Clock,
    private readonly relay: OutboxRelay,
  ) {
    this.logger = new Logger(name);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Does what is due now, district by district; returns how much it did. */
  async runDue(limit = 200): Promise<number> {
    const now = this.clock.now();
    const districts: Array<{ tenant: string }> = await this.dataSource.query(`select t as tenant from ${this.districtsWithWork}($1) t`, [now]);
    let done = 0;
    for (const { tenant } of districts) {
      done += await runInContext(systemContext(tenant), () => this.transactions.run((manager) => this.runForDistrict(manager, tenant, now, limit)));
    }
    if (done > 0) this.relay.wake();
    return done;
  }

  /** One district's due work, in its transaction; returns how much it did. */
  protected abstract runForDistrict(manager: EntityManager, tenantId: string, now: Date, limit: number): Promise<number>;

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.runDue().catch((error) => {
      this.logger.error(`timer: ${error instanceof Error ? error.message : 'unknown error'}`);
      return 0;
    });
    await this.running;
    this.running = null;
  }
}
