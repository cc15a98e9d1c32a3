import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DispatchReason } from '@civicloop/contracts';

/** An order dispatched to one unit (派单), with its clocks: sign-for and feedback deadlines. */
export type AssignmentStatus = 'dispatched' | 'signed' | 'objected' | 'withdrawn';

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
}
