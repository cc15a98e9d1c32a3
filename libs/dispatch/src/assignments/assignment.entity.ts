import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssignmentRole, DispatchReason } from '@civicloop/contracts';

/** An order dispatched to one unit (派单), with its clocks: sign-for and feedback deadlines. */
export type AssignmentStatus = 'dispatched' | 'signed' | 'objection-pending' | 'objected' | 'withdrawn';

@Entity({ name: 'assignments' })
export class Assignment {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'unit_code' }) unitCode!: string;
  @Column() attempt!: number;
  @Column({ type: 'text' }) status!: AssignmentStatus;
  @Column({ name: 'dispatched_at', type: 'timestamptz' }) dispatchedAt!: Date;
  @Column({ name: 'sign_for_deadline', type: 'timestamptz' }) signForDeadline!: Date;
  @Column({ name: 'feedback_deadline', type: 'timestamptz' }) feedbackDeadline!: Date;
  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true }) signedAt!: Date | null;
  @Column({ name: 'objection_reason', type: 'text', nullable: true }) objectionReason!: string | null;
  @Column({ type: 'jsonb' }) reason!: DispatchReason;
  @Column() version!: number;
  /** 首接负责 / 吹哨报到: the lead replies for all; a co-handler reports to the lead. */
  @Column({ type: 'text' }) role!: AssignmentRole;
  @Column({ name: 'lead_assignment_id', type: 'uuid', nullable: true }) leadAssignmentId!: string | null;
  /** A co-handler's report to the lead is due then. */
  @Column({ name: 'report_deadline', type: 'timestamptz', nullable: true }) reportDeadline!: Date | null;
  @Column({ name: 'reported_at', type: 'timestamptz', nullable: true }) reportedAt!: Date | null;
  @Column({ name: 'report_text', type: 'text', nullable: true }) reportText!: string | null;
  /** Dispatch to a street copies the district to supervise (督办). */
  @Column({ name: 'supervising_unit_code', type: 'text', nullable: true }) supervisingUnitCode!: string | null;
}
