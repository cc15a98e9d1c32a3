import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssignmentRole } from '@civicloop/contracts';

/** An assignment (派单) of a case, as announced by dispatch; kept after it is withdrawn or superseded. */
@Entity({ name: 'case_assignments' })
export class CaseAssignment {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid' }) assignmentId!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'unit_code' }) unitCode!: string;
  @Column() attempt!: number;
  @Column({ name: 'dispatched_at', type: 'timestamptz' }) dispatchedAt!: Date;
  /** 首接负责: only the lead replies; a co-handler's assignment is history here. */
  @Column({ type: 'text', default: 'lead' }) role!: AssignmentRole;
  @Column({ name: 'lead_assignment_id', type: 'uuid', nullable: true }) leadAssignmentId?: string | null;
}
