import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CallbackDue } from '@civicloop/contracts';
import type { RequestStatus } from '@civicloop/request-lifecycle';

/** A request as feedback follows it: its current assignment, attempt (重办 count) and place in the loop. */
@Entity({ name: 'cases' })
export class FeedbackCase {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn({ name: 'request_id', type: 'uuid' }) requestId!: string;
  /** Null while no unit holds the order: after an upheld objection or a reopening, until the next assignment. */
  @Column({ name: 'assignment_id', type: 'uuid', nullable: true }) assignmentId!: string | null;
  @Column({ name: 'unit_code', type: 'text', nullable: true }) unitCode!: string | null;
  @Column() attempt!: number;
  @Column({ type: 'text' }) status!: RequestStatus;
  @Column() version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  /** Since when the resident is due a callback (回访) for this attempt; null when none is due. */
  @Column({ name: 'callback_due_since', type: 'timestamptz', nullable: true }) callbackDueSince?: Date | null;
  @Column({ name: 'callback_because', type: 'text', nullable: true }) callbackBecause?: CallbackDue['because'] | null;
  /** A merged duplicate (并单): the primary request whose handling covers it. */
  @Column({ name: 'primary_request_id', type: 'uuid', nullable: true }) primaryRequestId?: string | null;
}
