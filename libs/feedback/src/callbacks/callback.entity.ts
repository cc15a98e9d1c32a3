import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Satisfaction } from '@civicloop/contracts';

/** One callback (回访) to the resident, reached or not; only valid ones count in the rates. */
@Entity({ name: 'callbacks' })
export class Callback {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId!: string;
  @Column({ name: 'unit_code' }) unitCode!: string;
  @Column() attempt!: number;
  @Column() reached!: boolean;
  @Column({ type: 'boolean', nullable: true }) solved!: boolean | null;
  @Column({ type: 'text', nullable: true }) satisfaction!: Satisfaction | null;
  @Column() valid!: boolean;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
  @Column({ name: 'recorded_by' }) recordedBy!: string;
  /** The how-many-th call of this attempt's callback (null on callbacks recorded before calls were counted). */
  @Column({ name: 'call_no', type: 'integer', nullable: true }) callNo!: number | null;
  /** This call ended the attempt's callback: reached, or the last allowed call. */
  @Column({ type: 'boolean', nullable: true }) final!: boolean | null;
}
