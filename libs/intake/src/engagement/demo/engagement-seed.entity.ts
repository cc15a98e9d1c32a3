import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A district whose demo deputies and plan were seeded (or found not to be a demo district): once. */
@Entity({ name: 'engagement_seeds' })
export class EngagementSeed {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @Column() deputies!: number;
  @Column({ name: 'seeded_at', type: 'timestamptz' }) seededAt!: Date;
}
