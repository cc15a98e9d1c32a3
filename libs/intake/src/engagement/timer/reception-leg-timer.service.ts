import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { EventTypes, type ReceptionLegChanged, type StationLegChanged } from '@civicloop/contracts';
import { DistrictTimer, newEvent, OutboxRelay, OutboxWriter, timerIntervalMs } from '@civicloop/messaging';
import { systemContext, TenantTransactions } from '@civicloop/persistence';
import { ESCALATION_UNIT, isLate, type LegState } from '../rules/reply-chain';

/**
 * Step 7, supervision (督办): an open leg of a reception issue's or a handed-on station issue's
 * reply chain past its deadline is escalated to the district office, once. Durable like dispatch's deadlines: the legs are the
 * timer rows, claimed with SKIP LOCKED per district under row-level security (the districts with
 * due legs come from a SECURITY DEFINER function), on the injected clock.
 */
@Injectable()
export class ReceptionLegTimer extends DistrictTimer {
  constructor(
    dataSource: DataSource,
    transactions: TenantTransactions,
    @Inject(CLOCK) clock: Clock,
    relay: OutboxRelay,
    private readonly outbox: OutboxWriter,
  ) {
    // How often late legs are looked for: its own variable, else the timers' one, else 5 s.
    super(
      'intake.reception-legs',
      timerIntervalMs(process.env, ['CIVICLOOP_RECEPTION_TIMER_INTERVAL_MS', 'CIVICLOOP_TIMER_INTERVAL_MS']),
      'intake.reception_leg_tenants',
      dataSource,
      transactions,
      clock,
      relay,
    );
  }

  /** Escalates what is late now, district by district; returns how many legs it escalated. */
  escalateDue(limit = 200): Promise<number> {
    return this.runDue(limit);
  }

  protected async runForDistrict(manager: EntityManager, tenantId: string, now: Date, limit: number): Promise<number> {
    const rows: Array<{ id: string; issue_id: string | null; letter_id: string | null; station_issue_id: string | null; leg: string; state: LegState; due_at: Date; escalated_at: Date | null }> = await manager.query(
      `select id, issue_id, letter_id, station_issue_id, leg, state, due_at, escalated_at from intake.reception_legs
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
      late.map((row) => {
        const dueAt = new Date(row.due_at).toISOString();
        return row.station_issue_id !== null
          ? newEvent<StationLegChanged>(
              { type: EventTypes.StationLegEscalated, aggregateId: row.station_issue_id, aggregateVersion: 1, data: { stationIssueId: row.station_issue_id, leg: row.leg, dueAt, escalatedTo: ESCALATION_UNIT } },
              context,
              this.clock,
            )
          : newEvent<ReceptionLegChanged>(
              { type: EventTypes.ReceptionLegEscalated, aggregateId: row.issue_id!, aggregateVersion: 1, data: { issueId: row.issue_id!, letterId: row.letter_id!, leg: row.leg, dueAt, escalatedTo: ESCALATION_UNIT } },
              context,
              this.clock,
            );
      }),
    );
    return late.length;
  }
}
