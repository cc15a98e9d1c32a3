import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One change to the district's administration: who, when, what, and the record before and after. */
@Entity({ name: 'admin_audit' })
export class AdminAuditEntry {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'actor_id' }) actorId!: string;
  @Column({ name: 'actor_roles', type: 'text', array: true }) actorRoles!: string[];
  /** e.g. `catalogue-rule.created`, `unit.updated`, `district-settings.updated`. */
  @Column() action!: string;
  /** What was changed: a rule id, a unit/area/category code, or `district-settings`. */
  @Column() subject!: string;
  @Column({ type: 'jsonb', nullable: true }) before!: object | null;
  @Column({ type: 'jsonb', nullable: true }) after!: object | null;
  @Column({ type: 'timestamptz' }) at!: Date;
}
