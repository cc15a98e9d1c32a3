import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { EventTypes, type ReceptionLegChanged } from '@civicloop/contracts';
import { newEvent, OutboxRelay, OutboxWriter } from '@civicloop/messaging';
import { runInContext, systemContext, TenantTransactions } from '@civicloop/persistence';
import { ESCALATION_UNIT, isLate, type LegState } from '../rules/reply-chain';

/** How often late legs are looked for: CIVICLOOP_RECEPTION_TIMER_INTERVAL_MS, else the timers' CIVICLOOP_TIMER_INTERVAL_MS, else 5 s. */
export function receptionTimerIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  for (const name of ['CIVICLOOP_RECEPTION_TIMER_INTERVAL_MS', 'CIVICLOOP_TIMER_INTERVAL_MS']) {
    const configured = Number(env[name]);
    if (env[name] !== undefined && Number.isFinite(configured) && configured >= 50) return configured;
  }
  return 5_000;
}

/**
 * Step 7, supervision (督办): an open leg of a reception issue's reply chain past its deadline is
 * escalated to the district office, once. Durable like dispatch's deadlines: the legs are the
 * timer rows, claimed with SKIP LOCKED per district under row-level security (the districts with
 * due legs come from a SECURITY DEFINER function), on the injected clock.
 */
@Injectable()
export class ReceptionLegTimer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('intake.reception-legs');
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
    this.timer = setInterval(() => void this.tick(), receptionTimerIntervalMs());
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Escalates what is late now, district by district; returns how many legs it escalated. */
  async escalateDue(limit = 200): Promise<number> {
    const now = this.clock.now();
    const tenants: Array<{ tenant: string }> = await this.dataSource.query(`select t as tenant from intake.reception_leg_tenants($1) t`, [now]);
    let escalated = 0;
    for (const { tenant } of tenants) escalated += await runInContext(systemContext(tenant), () => this.transactions.run((manager) => this.escalateFor(manager, tenant, now, limit)));
    if (escalated > 0) this.relay.wake();
    return escalated;
  }

  private async escalateFor(manager: EntityManager, tenantId: string, now: Date, limit: number): Promise<number> {
    const rows: Array<{ id: string; issue_id: string; letter_id: string; leg: string; state: LegState; due_at: Date; escalated_at: Date | null }> = await manager.query(
      `select id, issue_id, letter_id, leg, state, due_at, escalated_at from intake.reception_legs
        where state = 'open' and escalated_at is null and due_at <= $1
        order by due_at limit $2 for update skip locked`,
      [now, limit],
    );
    const late = rows.filter((row) => isLate({ state: row.state, dueAt: new Date(row.due_at), escalatedAt: row.escalated_at }, now));
    if (late.length === 0) return 0;
    await manager.query(`update intake.reception_legs set escalated_at = $2 where id = any($1::uuid[])`, [late.map((row) => row.id), now]);
    const context = systemContext(tenantId);
    await this.outbox.append(
      manager,
      late.map((row) =>
        newEvent<ReceptionLegChanged>(
          {
            type: EventTypes.ReceptionLegEscalated,
            aggregateId: row.issue_id,
            aggregateVersion: 1,
            data: { issueId: row.issue_id, letterId: row.letter_id, leg: row.leg, dueAt: new Date(row.due_at).toISOString(), escalatedTo: ESCALATION_UNIT },
          },
          context,
          this.clock,
        ),
      ),
    );
    return late.length;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.escalateDue().catch((error) => {
      this.logger.error(`reception leg timer: ${error instanceof Error ? error.message : 'unknown error'}`);
      return 0;
    });
    await this.running;
    this.running = null;
  }
}
