import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The resident account that raised a request itself: the one resident who may rate it in the portal. */
@Entity({ name: 'request_owners' })
export class RequestOwner {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'resident_user_id' }) residentUserId!: string;
}
