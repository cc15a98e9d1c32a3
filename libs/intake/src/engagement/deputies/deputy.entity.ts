import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DeputyBody, DeputyLevel } from '@civicloop/contracts';

/** A deputy or member (代表委员) who receives residents. */
@Entity({ name: 'deputies' })
export class Deputy {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column() name!: string;
  @Column({ type: 'text' }) body!: DeputyBody;
  @Column({ type: 'text' }) level!: DeputyLevel;
  @Column() profession!: string;
  /** Category codes of the district's tree or free tags. */
  @Column({ type: 'text', array: true }) expertise!: string[];
  @Column({ name: 'home_station', type: 'text', nullable: true }) homeStation!: string | null;
  /** 体制内: can route matters to departments. */
  @Column({ name: 'in_system' }) inSystem!: boolean;
  /** Personal data: masked for roles that do not maintain the registry, never in events or logs. */
  @Column({ type: 'text', nullable: true }) contact!: string | null;
  /** The deputy's own account (token subject). */
  @Column({ name: 'user_id', type: 'text', nullable: true }) userId!: string | null;
  @Column() version!: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
