import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One read of a resident's unmasked name and phone: who, when, for which request (audited, PRODUCT.md). */
@Entity({ name: 'personal_data_reads' })
export class PersonalDataRead {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'resident_id', type: 'uuid' }) residentId!: string;
  @Column({ name: 'request_id', type: 'uuid', nullable: true }) requestId!: string | null;
  @Column({ name: 'reader_id' }) readerId!: string;
  @Column({ name: 'reader_roles', type: 'text', array: true }) readerRoles!: string[];
  @Column() purpose!: string;
  @Column({ name: 'read_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) readAt!: Date;
}
