import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Satisfaction } from '@civicloop/contracts';

/**
 * A request's last valid callback (回访): a reopened request counts once, in the month and for the
 * unit of its final valid callback, with the attempt it was solved at.
 */
@Entity({ name: 'request_outcomes' })
export class RequestOutcome {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'callback_id', type: 'uuid' }) callbackId!: string;
  @Column({ name: 'unit_code' }) unitCode!: string;
  @Column() attempt!: number;
  @Column() month!: string;
  @Column() solved!: boolean;
  @Column({ type: 'text' }) satisfaction!: Satisfaction;
  @Column({ name: 'callback_at', type: 'timestamptz' }) callbackAt!: Date;
}
