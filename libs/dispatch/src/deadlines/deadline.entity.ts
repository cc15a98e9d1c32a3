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
  /** When the clock started; null: when the assignment was dispatched. The reminder is measured from here. */
  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true }) startsAt?: Date | null;
  /** When the reminder before the deadline went out (once per deadline). */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true }) remindedAt?: Date | null;
}
