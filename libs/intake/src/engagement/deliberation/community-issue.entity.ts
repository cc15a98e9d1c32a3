import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CommunityIssueSource, RequestType, TriageLevel } from '@civicloop/contracts';
import type { CommunityIssueState } from '../rules/deliberation-workflow';

/** An issue collected in a community (楼栋巡查, 意见箱, 微信群, 走访), its triage and where it ended. */
@Entity({ name: 'community_issues' })
export class CommunityIssue {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'community_area_code' }) communityAreaCode!: string;
  /** As the reference named them when collected (see rules/deliberation-community). */
  @Column({ name: 'community_name' }) communityName!: string;
  @Column({ name: 'community_unit_code', type: 'text', nullable: true }) communityUnitCode!: string | null;
  @Column({ name: 'street_unit_code', type: 'text', nullable: true }) streetUnitCode!: string | null;
  @Column() text!: string;
  @Column({ type: 'text' }) source!: CommunityIssueSource;
  @Column({ type: 'text' }) state!: CommunityIssueState;
  @Column({ type: 'text', nullable: true }) level!: TriageLevel | null;
  /** Personal data by reference: name and phone are in intake.residents. */
  @Column({ name: 'reporter_resident_id', type: 'uuid', nullable: true }) reporterResidentId!: string | null;
  @Column({ type: 'text', nullable: true }) resolution!: string | null;
  @Column({ name: 'collected_by' }) collectedBy!: string;
  @Column({ name: 'collected_at', type: 'timestamptz' }) collectedAt!: Date;
  @Column({ name: 'triaged_by', type: 'text', nullable: true }) triagedBy!: string | null;
  @Column({ name: 'triaged_at', type: 'timestamptz', nullable: true }) triagedAt!: Date | null;
  /** The session whose agenda it is on. */
  @Column({ name: 'session_id', type: 'uuid', nullable: true }) sessionId!: string | null;
  /** 部门接单: the order and the request it became. */
  @Column({ name: 'order_unit_code', type: 'text', nullable: true }) orderUnitCode!: string | null;
  @Column({ name: 'order_unit_name', type: 'text', nullable: true }) orderUnitName!: string | null;
  @Column({ name: 'order_category_code', type: 'text', nullable: true }) orderCategoryCode!: string | null;
  @Column({ name: 'order_type', type: 'text', nullable: true }) orderType!: RequestType | null;
  @Column({ name: 'ordered_at', type: 'timestamptz', nullable: true }) orderedAt!: Date | null;
  @Column({ name: 'request_id', type: 'uuid', nullable: true }) requestId!: string | null;
  @Column() version!: number;
}
