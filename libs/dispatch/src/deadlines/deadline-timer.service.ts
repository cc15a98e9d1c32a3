import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import type { TimedStep } from '@civicloop/contracts';
import { DistrictTimer, OutboxRelay, OutboxWriter, timerIntervalMs } from '@civicloop/messaging';
import { TenantTransactions } from '@civicloop/persistence';
import { DistrictRulesService } from '../districts/district-rules.service';
import { escalateMissed } from '../supervision/supervision-escalation';
import { supervisionMet } from '../supervision/supervision-met';
import { missedEvents, reminderEvent, type TimerRow } from './deadline-events';
import { timerStep } from './timer-step';

/**
 * Durable timers (ARCHITECTURE.md "Decided"): rows of dispatch.deadlines claimed with SKIP LOCKED,
 * so replicas share the work and a restart loses nothing. Per district under row-level security it
 * sends each pending deadline's one reminder (at the district's share of the time, default 75 %)
 * and marks passed ones missed, escalating them to the supervisors' queue (督办). Time comes from
 * the clock, so a replay on virtual time fires the same timers.
 */
@Injectable()
export class DeadlineTimerService extends DistrictTimer {
  constructor(
    dataSource: DataSource,
    transactions: TenantTransactions,
    @Inject(CLOCK) clock: Clock,
    relay: OutboxRelay,
    private readonly outbox: OutboxWriter,
    private readonly rules: DistrictRulesService,
  ) {
    // Tests shorten the interval (CIVICLOOP_TIMER_INTERVAL_MS).
    super('dispatch.deadlines', timerIntervalMs(process.env, ['CIVICLOOP_TIMER_INTERVAL_MS']), 'dispatch.timer_tenants', dataSource, transactions, clock, relay);
  }

  /** Fires what is due now, district by district; returns how many reminders and missed deadlines it sent. */
  fireDue(limit = 200): Promise<number> {
    return this.runDue(limit);
  }

  protected async runForDistrict(manager: EntityManager, tenantId: string, now: Date, limit: number): Promise<number> {
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
}
