import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { EventTypes, type SignForOverdue } from '@civicloop/contracts';
import { newEvent, OutboxRelay, OutboxWriter } from '@civicloop/messaging';
import { runInContext, systemContext, TenantTransactions } from '@civicloop/persistence';

interface DueRow {
  id: string;
  tenant_id: string;
  assignment_id: string;
  kind: 'sign-for' | 'feedback';
  due_at: Date;
  request_id: string;
  unit_code: string;
}

/**
 * Fires deadlines that passed without the step they wait for: claims due timer rows with SKIP
 * LOCKED (replicas share the work), marks them missed and announces overdue orders, per district
 * under row-level security. Time comes from the clock, so a replay on virtual time fires the same timers.
 */
@Injectable()
export class DeadlineTimerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('dispatch.deadlines');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), 5_000);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Fires what is due now, district by district; returns how many deadlines were missed. */
  async fireDue(limit = 200): Promise<number> {
    const now = this.clock.now();
    const tenants: Array<{ tenant: string }> = await this.dataSource.query(`select t as tenant from dispatch.due_deadline_tenants($1) t`, [now]);
    let fired = 0;
    for (const { tenant } of tenants) fired += await this.fireDueFor(tenant, now, limit);
    if (fired > 0) this.relay.wake();
    return fired;
  }

  private fireDueFor(tenantId: string, now: Date, limit: number): Promise<number> {
    return runInContext(systemContext(tenantId), () => this.transactions.run(async (manager) => {
      const due: DueRow[] = await manager.query(
        `select d.id, d.tenant_id, d.assignment_id, d.kind, d.due_at, a.request_id, a.unit_code
           from dispatch.deadlines d join dispatch.assignments a on a.id = d.assignment_id
          where d.state = 'pending' and d.due_at <= $1
          order by d.due_at limit $2 for update of d skip locked`,
        [now, limit],
      );
      if (due.length === 0) return 0;
      await manager.query(`update dispatch.deadlines set state = 'missed' where id = any($1::uuid[])`, [due.map((row) => row.id)]);
      const overdue = due.filter((row) => row.kind === 'sign-for');
      await this.outbox.append(
        manager,
        overdue.map((row) =>
          newEvent<SignForOverdue>(
            {
              type: EventTypes.SignForOverdue,
              aggregateId: row.assignment_id,
              aggregateVersion: 0,
              data: { assignmentId: row.assignment_id, requestId: row.request_id, unitCode: row.unit_code, signForDeadline: new Date(row.due_at).toISOString() },
            },
            systemContext(row.tenant_id),
            this.clock,
          ),
        ),
      );
      return due.length;
    }));
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.fireDue().catch((error) => {
      this.logger.error(`deadline timer: ${error instanceof Error ? error.message : 'unknown error'}`);
      return 0;
    });
    await this.running;
    this.running = null;
  }
}
