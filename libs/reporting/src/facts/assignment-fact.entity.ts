import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What the response rate counts of one assignment (派单). Written by upserts in any order of
 * arrival; `dispatchedAt` (and with it unit and month) is null until assignment.created is in.
 */
@Entity({ name: 'assignment_facts' })
export class AssignmentFact {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid' }) assignmentId!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'unit_code', type: 'text', nullable: true }) unitCode!: string | null;
  /** `YYYY-MM` of dispatchedAt in the district's time zone: the month the assignment counts in. */
  @Column({ type: 'text', nullable: true }) month!: string | null;
  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true }) dispatchedAt!: Date | null;
  @Column({ name: 'sign_for_deadline', type: 'timestamptz', nullable: true }) signForDeadline!: Date | null;
  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true }) signedAt!: Date | null;
  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true }) repliedAt!: Date | null;
  /** lead or co-handler (吹哨报到); null until assignment.created is in. */
  @Column({ type: 'text', nullable: true }) role!: string | null;
  @Column({ type: 'integer', nullable: true }) attempt!: number | null;
  /** Set when an upheld objection withdrew the assignment: the objecting unit is not charged for it. */
  @Column({ name: 'objection_upheld_at', type: 'timestamptz', nullable: true }) objectionUpheldAt!: Date | null;
  @Column({ name: 'objection_upheld_note', type: 'text', nullable: true }) objectionUpheldNote!: string | null;
}
