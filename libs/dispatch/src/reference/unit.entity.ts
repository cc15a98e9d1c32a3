import { Column, Entity, PrimaryColumn } from 'typeorm';

export const UNIT_KINDS = ['district', 'street', 'community', 'department', 'company'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** 承办单位: a unit that handles orders. */
@Entity({ name: 'units' })
export class Unit {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn() code!: string;
  @Column() name!: string;
  @Column({ name: 'parent_code', type: 'text', nullable: true }) parentCode!: string | null;
  @Column({ type: 'text' }) kind!: UnitKind;
}
