import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A photo of a request (附件), kept in intake with the request it shows. */
@Entity({ name: 'attachments' })
export class Attachment {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'file_name' }) fileName!: string;
  @Column({ name: 'content_type' }) contentType!: string;
  @Column() size!: number;
  @Column({ type: 'bytea', select: false }) data!: Buffer;
  @Column({ name: 'uploaded_by' }) uploadedBy!: string;
  @Column({ name: 'uploaded_at', type: 'timestamptz' }) uploadedAt!: Date;
}
