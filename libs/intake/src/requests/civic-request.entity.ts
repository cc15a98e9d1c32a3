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
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: Date;
  @Column({ name: 'registered_by' }) registeredBy!: string;
}
