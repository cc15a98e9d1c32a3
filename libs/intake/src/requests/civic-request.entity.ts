import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Channel, RequestType, Urgency } from '@civicloop/contracts';
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
}
