import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReplyOutcome } from '@civicloop/contracts';

/** A unit's answer to the resident: solved, partly solved, or explained. */
@Entity({ name: 'replies' })
export class Reply {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId!: string;
  @Column({ name: 'unit_code' }) unitCode!: string;
  @Column() attempt!: number;
  @Column({ type: 'text' }) outcome!: ReplyOutcome;
  @Column() text!: string;
  @Column({ name: 'replied_at', type: 'timestamptz' }) repliedAt!: Date;
  @Column({ name: 'replied_by' }) repliedBy!: string;
}
