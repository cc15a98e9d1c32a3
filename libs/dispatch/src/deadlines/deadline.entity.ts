import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TimedStep } from '@civicloop/contracts';

/** A timer as a row: due at an instant, met when the step happens first, missed when the timer fires. */
@Entity({ name: 'deadlines' })
export class Deadline {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId!: string;
  @Column({ type: 'text' }) kind!: TimedStep;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ type: 'text' }) state!: 'pending' | 'met' | 'missed';
}
