import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TimedStep } from '@civicloop/contracts';

export type SupervisionItemState = 'open' | 'handled';

/** An overdue order on the supervisors' queue (督办): one per missed deadline, handled by a notice. */
@Entity({ name: 'supervision_items' })
export class SupervisionItem {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'deadline_id', type: 'uuid' }) deadlineId!: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'unit_code' }) unitCode!: string;
  @Column({ type: 'text' }) kind!: TimedStep;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ name: 'escalated_at', type: 'timestamptz' }) escalatedAt!: Date;
  @Column({ type: 'text' }) state!: SupervisionItemState;
  @Column({ name: 'handled_at', type: 'timestamptz', nullable: true }) handledAt!: Date | null;
  @Column({ name: 'handled_by', type: 'text', nullable: true }) handledBy!: string | null;
}
