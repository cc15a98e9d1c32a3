import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ObjectionReviewerRole, ObjectionState } from './objection-rules';

/** One objection (派单异议) to an order: who raised it and why, the manager's step, and the review. */
@Entity({ name: 'objections' })
export class Objection {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column() attempt!: number;
  @Column({ name: 'unit_code' }) unitCode!: string;
  /** The how-many-th objection on the request's order in this attempt. */
  @Column({ name: 'objection_no' }) objectionNo!: number;
  @Column({ type: 'text' }) reason!: string;
  @Column({ type: 'text' }) state!: ObjectionState;
  @Column({ name: 'reviewer_role', type: 'text' }) reviewerRole!: ObjectionReviewerRole;
  @Column({ name: 'raised_by' }) raisedBy!: string;
  @Column({ name: 'raised_at', type: 'timestamptz' }) raisedAt!: Date;
  @Column({ name: 'window_ends_at', type: 'timestamptz' }) windowEndsAt!: Date;
  @Column({ name: 'review_due_at', type: 'timestamptz', nullable: true }) reviewDueAt!: Date | null;
  @Column({ name: 'manager_id', type: 'text', nullable: true }) managerId!: string | null;
  @Column({ name: 'manager_decided_at', type: 'timestamptz', nullable: true }) managerDecidedAt!: Date | null;
  @Column({ name: 'manager_note', type: 'text', nullable: true }) managerNote!: string | null;
  @Column({ name: 'reviewed_by', type: 'text', nullable: true }) reviewedBy!: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @Column({ name: 'review_note', type: 'text', nullable: true }) reviewNote!: string | null;
  /** Upheld: the unit that took the order instead, and its new assignment. */
  @Column({ name: 'reassigned_unit_code', type: 'text', nullable: true }) reassignedUnitCode!: string | null;
  @Column({ name: 'reassigned_assignment_id', type: 'uuid', nullable: true }) reassignedAssignmentId!: string | null;
}
