import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReceptionLeg as LegKind } from '@civicloop/contracts';
import type { LegState } from '../rules/reply-chain';

/** Step 5: the work letter (工作函) to the responsible department, signed by a deputy. */
@Entity({ name: 'work_letters' })
export class WorkLetter {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'issue_id', type: 'uuid' }) issueId!: string;
  @Column({ name: 'unit_code' }) unitCode!: string;
  /** As addressed when sent: the letter is a record. */
  @Column({ name: 'unit_name' }) unitName!: string;
  @Column() deliberation!: string;
  @Column() body!: string;
  @Column({ name: 'signed_by_deputy_id', type: 'uuid' }) signedByDeputyId!: string;
  @Column({ name: 'signed_by' }) signedBy!: string;
  @Column({ name: 'sent_at', type: 'timestamptz' }) sentAt!: Date;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
}

/**
 * Step 6: one leg of an issue's reply chain, with its deadline (a durable timer row, step 7). It
 * belongs to a reception issue and its letter, or to a handed-on station issue (docs/adr/0020).
 */
@Entity({ name: 'reception_legs' })
export class ReplyLeg {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'issue_id', type: 'uuid', nullable: true }) issueId!: string | null;
  @Column({ name: 'letter_id', type: 'uuid', nullable: true }) letterId!: string | null;
  @Column({ name: 'station_issue_id', type: 'uuid', nullable: true }) stationIssueId!: string | null;
  @Column({ type: 'text' }) leg!: LegKind;
  @Column({ type: 'text' }) state!: LegState;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt!: Date | null;
  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true }) repliedAt!: Date | null;
  @Column({ name: 'replied_by', type: 'text', nullable: true }) repliedBy!: string | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true }) escalatedAt!: Date | null;
}
