import { Column, Entity, PrimaryColumn } from 'typeorm';

export type UnitKind = 'district' | 'street' | 'community' | 'department' | 'company';

/** 承办单位: a unit that handles orders. */
@Entity({ name: 'units' })
export class Unit {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn() code!: string;
  @Column() name!: string;
  @Column({ name: 'parent_code', type: 'text', nullable: true }) parentCode!: string | null;
  @Column({ type: 'text' }) kind!: UnitKind;
}
