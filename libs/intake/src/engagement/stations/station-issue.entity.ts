import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RequestType, StationIssueSource, StationIssueState } from '@civicloop/contracts';

/**
 * An issue raised at a station: a visitor's, registered at an opening (登记), or a resident's online
 * message to a deputy (留言). Name and phone are in intake.residents; the secret code only as a hash.
 */
@Entity({ name: 'station_issues' })
export class StationIssue {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  /** LZ2026-000001: what the resident quotes, with the secret code, to follow it. */
  @Column({ name: 'message_no' }) messageNo!: string;
  @Column({ name: 'code_hash' }) codeHash!: string;
  @Column({ type: 'text' }) source!: StationIssueSource;
  @Column({ name: 'station_id', type: 'uuid', nullable: true }) stationId!: string | null;
  @Column({ name: 'schedule_id', type: 'uuid', nullable: true }) scheduleId!: string | null;
  @Column({ name: 'opening_date', type: 'date', nullable: true }) openingDate!: string | null;
  /** The deputies it is addressed to (online: one; a visit: who sat): they follow it to the end. */
  @Column({ name: 'deputy_ids', type: 'uuid', array: true }) deputyIds!: string[];
  @Column({ name: 'resident_id', type: 'uuid' }) residentId!: string;
  /** A resident who wrote while signed in: they see it under their account. */
  @Column({ name: 'resident_user_id', type: 'text', nullable: true }) residentUserId!: string | null;
  @Column() text!: string;
  @Column({ name: 'category_code', type: 'text', nullable: true }) categoryCode!: string | null;
  @Column({ name: 'area_code', type: 'text', nullable: true }) areaCode!: string | null;
  @Column({ type: 'text', nullable: true }) address!: string | null;
  @Column({ type: 'text' }) state!: StationIssueState;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  @Column({ name: 'received_by' }) receivedBy!: string;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @Column({ name: 'accepted_by', type: 'text', nullable: true }) acceptedBy!: string | null;
  @Column({ name: 'handed_on_at', type: 'timestamptz', nullable: true }) handedOnAt!: Date | null;
  @Column({ name: 'request_type', type: 'text', nullable: true }) requestType!: RequestType | null;
  @Column({ name: 'unit_code', type: 'text', nullable: true }) unitCode!: string | null;
  @Column({ name: 'hand_on_note', type: 'text', nullable: true }) handOnNote!: string | null;
  @Column({ name: 'request_id', type: 'uuid', nullable: true }) requestId!: string | null;
  @Column({ name: 'reply_text', type: 'text', nullable: true }) replyText!: string | null;
  @Column({ name: 'first_reply_at', type: 'timestamptz', nullable: true }) firstReplyAt!: Date | null;
  @Column({ name: 'replied_by', type: 'text', nullable: true }) repliedBy!: string | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column() version!: number;
}
