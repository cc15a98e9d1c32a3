import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One event in a request's life, whichever service announced it: who, when, what and why. */
@Entity({ name: 'request_history' })
export class RequestHistoryEntry {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' }) eventId!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column() type!: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @Column({ name: 'actor_id' }) actorId!: string;
  @Column({ name: 'actor_roles', type: 'text', array: true }) actorRoles!: string[];
  @Column({ type: 'jsonb' }) data!: Record<string, unknown>;
}
