import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A node of the category tree; the district chooses per category whether dispatch is automatic. */
@Entity({ name: 'categories' })
export class Category {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn() code!: string;
  @Column() name!: string;
  @Column({ name: 'parent_code', type: 'text', nullable: true }) parentCode!: string | null;
  @Column({ name: 'auto_dispatch' }) autoDispatch!: boolean;
}
