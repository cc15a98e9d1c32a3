import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RecurrenceRule } from '../rules/recurrence';
import type { TeamComposition } from '../rules/team-composition';
import type { ReceptionDayState } from '../rules/reception-day-workflow';

/** Step 1: a street's annual plan of reception days (年度计划). */
@Entity({ name: 'reception_plans' })
export class ReceptionPlan {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'street_unit_code' }) streetUnitCode!: string;
  @Column() year!: number;
  @Column({ type: 'jsonb' }) rule!: RecurrenceRule;
  @Column({ type: 'text' }) composition!: TeamComposition;
  @Column({ name: 'community_area_codes', type: 'text', array: true }) communityAreaCodes!: string[];
  @Column({ name: 'created_by' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** One reception day of a plan: its date, place and team, and how far it has come. */
@Entity({ name: 'reception_days' })
export class ReceptionDay {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @Column({ name: 'street_unit_code' }) streetUnitCode!: string;
  /** The district's local date, YYYY-MM-DD. */
  @Column({ type: 'date' }) date!: string;
  @Column({ name: 'place_area_code' }) placeAreaCode!: string;
  @Column({ name: 'team_deputy_ids', type: 'uuid', array: true }) teamDeputyIds!: string[];
  @Column({ type: 'text' }) state!: ReceptionDayState;
  @Column({ name: 'announced_at', type: 'timestamptz', nullable: true }) announcedAt!: Date | null;
  @Column({ name: 'prepared_at', type: 'timestamptz', nullable: true }) preparedAt!: Date | null;
  @Column({ name: 'held_at', type: 'timestamptz', nullable: true }) heldAt!: Date | null;
  @Column({ name: 'present_deputy_ids', type: 'uuid', array: true, nullable: true }) presentDeputyIds!: string[] | null;
  @Column({ name: 'residents_received', type: 'integer', nullable: true }) residentsReceived!: number | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @Column() version!: number;
}
