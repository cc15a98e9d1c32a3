import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ExtensionState } from './extension-rules';

/** One extension (延期) of an assignment's feedback deadline: asked with a reason, approved or refused. */
@Entity({ name: 'extensions' })
export class Extension {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column() attempt!: number;
  @Column({ name: 'unit_code' }) unitCode!: string;
  /** Shown to the resident. */
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'requested_deadline', type: 'timestamptz' }) requestedDeadline!: Date;
  /** The feedback deadline when it was asked for. */
  @Column({ name: 'previous_deadline', type: 'timestamptz' }) previousDeadline!: Date;
  /** The assignment's deadline before any extension: the cap counts from it. */
  @Column({ name: 'original_deadline', type: 'timestamptz' }) originalDeadline!: Date;
  @Column({ type: 'text' }) state!: ExtensionState;
  @Column({ name: 'requested_by' }) requestedBy!: string;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt!: Date;
  @Column({ name: 'manager_id', type: 'text', nullable: true }) managerId!: string | null;
  @Column({ name: 'manager_decided_at', type: 'timestamptz', nullable: true }) managerDecidedAt!: Date | null;
  @Column({ name: 'decided_by', type: 'text', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_role', type: 'text', nullable: true }) decidedRole!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column() version!: number;
}
