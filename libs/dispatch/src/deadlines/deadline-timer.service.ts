import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import type { TimedStep } from '@civicloop/contracts';
import { OutboxRelay, OutboxWriter } from '@civicloop/messaging';
import { runInContext, systemContext, TenantTransactions } from '@civicloop/persistence';
import { DistrictRulesService } from '../districts/district-rules.service';
import { escalateMissed } from '../supervision/supervision-escalation';
import { supervisionMet } from '../supervision/supervision-met';
import { missedEvents, reminderEvent, type TimerRow } from './deadline-events';
import { timerStep } from './timer-step';

/** How often the timer looks for due work; tests shorten it (CIVICLOOP_TIMER_INTERVAL_MS). */
export function timerIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.CIVICLOOP_TIMER_INTERVAL_MS);
  return Number.isFinite(configured) && configured >= 50 ? configured : 5_000;
}

/**
 * Durable timers (ARCHITECTURE.md "Decided"): rows of dispatch.deadlines claimed with SKIP LOCKED,
 * so replicas share the work and a restart loses nothing. Per district under row-level security it
 * sends each pending deadline's one reminder (at the district's share of the time, default 75 %)
 * and marks passed ones missed, escalating them to the supervisors' queue (督办). Time comes from
 * the clock, so a replay on virtual time fires the same timers.
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
    private readonly rules: DistrictRulesService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), timerIntervalMs());
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Fires what is due now, district by district; returns how many reminders and missed deadlines it sent. */
  async fireDue(limit = 200): Promise<number> {
    const now = this.clock.now();
    const tenants: Array<{ tenant: string }> = await this.dataSource.query(`select t as tenant from dispatch.timer_tenants($1) t`, [now]);
    let fired = 0;
    for (const { tenant } of tenants) fired += await this.fireDueFor(tenant, now, limit);
    if (fired > 0) this.relay.wake();
    return fired;
  }

  private fireDueFor(tenantId: string, now: Date, limit: number): Promise<number> {
    return runInContext(systemContext(tenantId), () =>
      this.transactions.run(async (manager) => {
        const { reminderFraction } = await this.rules.rulesFor(manager, tenantId);
        const rows = await this.claim(manager, now, reminderFraction, limit);
        const step = (row: TimerRow) => timerStep(row, now, reminderFraction);
        const met = rows.filter((row) => step(row) === 'met');
        const missed = rows.filter((row) => step(row) === 'miss');
        const reminded = rows.filter((row) => step(row) === 'remind');
        if (met.length > 0) await manager.query(`update dispatch.deadlines set state = 'met' where id = any($1::uuid[])`, [met.map((row) => row.id)]);
        if (missed.length > 0) {
          await manager.query(`update dispatch.deadlines set state = 'missed' where id = any($1::uuid[])`, [missed.map((row) => row.id)]);
          await escalateMissed(manager, missed, now);
        }
        if (reminded.length > 0) {
          await manager.query(`update dispatch.deadlines set reminded_at = $2 where id = any($1::uuid[])`, [reminded.map((row) => row.id), now]);
        }
        await this.outbox.append(manager, [...reminded.map((row) => reminderEvent(row, this.clock)), ...missed.flatMap((row) => missedEvents(row, this.clock))]);
        return met.length + missed.length + reminded.length;
      }),
    );
  }

  /**
   * Pending timers that are due or past their reminder point, locked for this replica. The query
   * fetches the rows timerStep would act on; timerStep is the rule that decides.
   */
  private async claim(manager: EntityManager, now: Date, fraction: number, limit: number): Promise<TimerRow[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `select d.id, d.tenant_id, d.assignment_id, d.kind, d.due_at, coalesce(d.starts_at, a.dispatched_at) as starts_at, d.reminded_at,
              a.request_id, a.unit_code, a.attempt, a.signed_at, a.status, n.supervised_kinds
         from dispatch.deadlines d join dispatch.assignments a on a.id = d.assignment_id
         left join dispatch.supervision_notices n on n.deadline_id = d.id
        where d.state = 'pending'
          and (d.due_at <= $1
               or (d.reminded_at is null
                   and coalesce(d.starts_at, a.dispatched_at) + (d.due_at - coalesce(d.starts_at, a.dispatched_at)) * $2::float8 <= $1))
        order by d.due_at limit $3 for update of d skip locked`,
      [now, fraction, limit],
    );
    return rows.map((row) => ({
      id: String(row.id),
      tenantId: String(row.tenant_id),
      assignmentId: String(row.assignment_id),
      kind: row.kind as TimerRow['kind'],
      dueAt: new Date(row.due_at as string),
      startsAt: new Date(row.starts_at as string),
      remindedAt: row.reminded_at ? new Date(row.reminded_at as string) : null,
      requestId: String(row.request_id),
      unitCode: String(row.unit_code),
      attempt: Number(row.attempt),
      done: row.status === 'withdrawn' || (row.kind === 'supervision' && supervisionMet((row.supervised_kinds as TimedStep[]) ?? [], row.signed_at ? ['sign-for'] : [])),
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
