import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DistrictRules } from '@civicloop/dispatch-rules';

/** A tenant: one district sharing the installation with others. */
@Entity({ name: 'districts' })
export class District {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @Column() name!: string;
  @Column({ name: 'time_zone' }) timeZone!: string;
  /** The district's overrides of the default rule book; read through DistrictRulesService. */
  @Column({ type: 'jsonb' }) rules!: Partial<DistrictRules>;
}
