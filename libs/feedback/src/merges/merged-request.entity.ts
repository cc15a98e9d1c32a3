import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 并单: a duplicate request that follows its primary; its resident is called back on their own. */
@Entity({ name: 'merged_requests' })
export class MergedRequest {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'primary_request_id', type: 'uuid' }) primaryRequestId!: string;
  @Column({ name: 'merged_at', type: 'timestamptz' }) mergedAt!: Date;
}
