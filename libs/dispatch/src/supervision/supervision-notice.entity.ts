import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TimedStep } from '@civicloop/contracts';

/** 督办通知: a supervisor's notice to the unit, with the new deadline it set (a 'supervision' timer row). */
@Entity({ name: 'supervision_notices' })
export class SupervisionNotice {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'deadline_id', type: 'uuid' }) deadlineId!: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'unit_code' }) unitCode!: string;
  @Column() attempt!: number;
  /** The missed steps the notice is about: the unit meets it by doing the step it still owes. */
  @Column({ name: 'supervised_kinds', type: 'text', array: true }) supervisedKinds!: TimedStep[];
  @Column() note!: string;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt!: Date;
  @Column({ name: 'issued_by' }) issuedBy!: string;
}
