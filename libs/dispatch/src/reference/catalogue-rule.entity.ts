import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 派单目录: category × area → the lead unit and its co-handlers. A null area means anywhere in the district. */
@Entity({ name: 'catalogue_rules' })
export class CatalogueRuleRow {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'category_code' }) categoryCode!: string;
  @Column({ name: 'area_code', type: 'text', nullable: true }) areaCode!: string | null;
  /** The lead unit (首接负责). */
  @Column({ name: 'unit_code' }) unitCode!: string;
  /** Co-handlers (吹哨报到), each with its own order. */
  @Column({ name: 'co_handler_codes', type: 'text', array: true }) coHandlerCodes!: string[];
  @Column() priority!: number;
}
