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
}
