import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A tenant: one district sharing the installation with others. */
@Entity({ name: 'districts' })
export class District {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @Column() name!: string;
  @Column({ name: 'time_zone' }) timeZone!: string;
}
