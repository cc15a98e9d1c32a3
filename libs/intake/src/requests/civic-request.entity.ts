import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Channel, EmergencyService, RequestType, TriageOutcome, Urgency } from '@civicloop/contracts';
import type { RequestStatus } from '@civicloop/request-lifecycle';

/** A request (工单) as intake keeps it: what was raised, and where in the loop it now stands. */
@Entity({ name: 'requests' })
export class CivicRequest {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'order_no' }) orderNo!: string;
  @Column({ type: 'text' }) channel!: Channel;
  @Column({ type: 'text' }) type!: RequestType;
  @Column({ name: 'category_code' }) categoryCode!: string;
  @Column({ name: 'area_code' }) areaCode!: string;
  @Column() address!: string;
  @Column() description!: string;
  @Column({ type: 'text' }) urgency!: Urgency;
  @Column() confidential!: boolean;
  @Column({ name: 'resident_id', type: 'uuid' }) residentId!: string;
  @Column({ type: 'text' }) status!: RequestStatus;
  @Column() attempt!: number;
  @Column({ name: 'current_unit_code', type: 'text', nullable: true }) currentUnitCode!: string | null;
  @Column() version!: number;
  /** Every unit the request was ever assigned to: they keep seeing it (PRODUCT.md, "Who sees what"). */
  @Column({ name: 'assigned_unit_codes', type: 'text', array: true }) assignedUnitCodes!: string[];
  /** The resident's own account, when they raised it themselves. */
  @Column({ name: 'resident_user_id', type: 'text', nullable: true }) residentUserId!: string | null;
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: Date;
  @Column({ name: 'registered_by' }) registeredBy!: string;
  /** WGS-84, both or neither. */
  @Column({ type: 'double precision', nullable: true }) latitude!: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude!: number | null;
  /** The address and description as duplicates (并单) are compared: see duplicates/places.ts and text/character-bigrams.ts. */
  @Column({ name: 'address_key' }) addressKey!: string;
  @Column({ name: 'description_bigrams', type: 'text', array: true }) descriptionBigrams!: string[];
  /** A triage outcome other than dispatch, and what the resident is told. */
  @Column({ name: 'triage_outcome', type: 'text', nullable: true }) triageOutcome!: TriageOutcome | null;
  @Column({ name: 'triage_reason', type: 'text', nullable: true }) triageReason!: string | null;
  @Column({ name: 'triage_article_id', type: 'uuid', nullable: true }) triageArticleId!: string | null;
  /** The title as cited when answering: the record of what the resident was told. */
  @Column({ name: 'triage_article_title', type: 'text', nullable: true }) triageArticleTitle!: string | null;
  @Column({ name: 'emergency_service', type: 'text', nullable: true }) emergencyService!: EmergencyService | null;
  @Column({ name: 'referred_to', type: 'text', nullable: true }) referredTo!: string | null;
  @Column({ name: 'triaged_at', type: 'timestamptz', nullable: true }) triagedAt!: Date | null;
  /** The open request whose handling covers this duplicate. */
  @Column({ name: 'merged_into_request_id', type: 'uuid', nullable: true }) mergedIntoRequestId!: string | null;
  @Column({ name: 'merged_into_order_no', type: 'text', nullable: true }) mergedIntoOrderNo!: string | null;
  @Column({ name: 'merge_reason', type: 'text', nullable: true }) mergeReason!: string | null;
  @Column({ name: 'merged_at', type: 'timestamptz', nullable: true }) mergedAt!: Date | null;
}
