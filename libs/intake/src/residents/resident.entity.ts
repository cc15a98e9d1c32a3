import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A resident's identity: personal data, kept only by intake and referenced everywhere else by id. */
@Entity({ name: 'residents' })
export class Resident {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column() name!: string;
  @Column() phone!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
