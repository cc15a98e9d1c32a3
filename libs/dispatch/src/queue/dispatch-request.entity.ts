import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Urgency } from '@civicloop/contracts';

/** What dispatch knows of a request (from intake's events), and whether it waits for a dispatcher. */
@Entity({ name: 'requests' })
export class DispatchRequest {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'category_code' }) categoryCode!: string;
  @Column({ name: 'area_code' }) areaCode!: string;
  @Column({ type: 'text' }) urgency!: Urgency;
  @Column() attempt!: number;
  /** triaged: left the loop at registration (answered at once, referred…), never routed. */
  @Column({ type: 'text' }) status!: 'queued' | 'dispatched' | 'triaged' | 'merged';
  @Column({ name: 'suggested_unit_code', type: 'text', nullable: true }) suggestedUnitCode!: string | null;
  @Column({ name: 'queue_reason', type: 'text', nullable: true }) queueReason!: string | null;
  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true }) queuedAt!: Date | null;
}
