import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 派单目录: category × area → the unit that handles it. A null area means anywhere in the district. */
@Entity({ name: 'catalogue_rules' })
export class CatalogueRuleRow {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'category_code' }) categoryCode!: string;
  @Column({ name: 'area_code', type: 'text', nullable: true }) areaCode!: string | null;
  @Column({ name: 'unit_code' }) unitCode!: string;
  @Column() priority!: number;
}
