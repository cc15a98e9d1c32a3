import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A node of the district's area tree: district → street → community → grid. */
@Entity({ name: 'areas' })
export class Area {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn() code!: string;
  @Column() name!: string;
  @Column({ name: 'parent_code', type: 'text', nullable: true }) parentCode!: string | null;
}
