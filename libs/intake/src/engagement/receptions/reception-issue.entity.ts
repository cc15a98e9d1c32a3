import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RequestType } from '@civicloop/contracts';

/** Step 2: a visitor pre-registered with a topic; name and phone are in intake.residents. */
@Entity({ name: 'reception_registrations' })
export class ReceptionRegistration {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'reception_id', type: 'uuid' }) receptionId!: string;
  @Column({ name: 'resident_id', type: 'uuid' }) residentId!: string;
  @Column() topic!: string;
  @Column({ name: 'category_code', type: 'text', nullable: true }) categoryCode!: string | null;
  @Column({ type: 'text', array: true }) tags!: string[];
  /** Step 3: who was matched to the topic. */
  @Column({ name: 'matched_deputy_ids', type: 'uuid', array: true }) matchedDeputyIds!: string[];
  @Column({ name: 'registered_by' }) registeredBy!: string;
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: Date;
}

/** Step 4: an issue a resident raised at a reception day, and the request it became. */
@Entity({ name: 'reception_issues' })
export class ReceptionIssue {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'reception_id', type: 'uuid' }) receptionId!: string;
  @Column({ name: 'resident_id', type: 'uuid' }) residentId!: string;
  @Column({ name: 'registration_id', type: 'uuid', nullable: true }) registrationId!: string | null;
  /** The deputies who received it: they follow it to the end. */
  @Column({ name: 'deputy_ids', type: 'uuid', array: true }) deputyIds!: string[];
  @Column({ type: 'text' }) type!: RequestType;
  @Column({ name: 'category_code' }) categoryCode!: string;
  @Column({ name: 'area_code' }) areaCode!: string;
  @Column() address!: string;
  @Column() description!: string;
  @Column({ name: 'solved_on_site' }) solvedOnSite!: boolean;
  @Column({ name: 'on_site_answer', type: 'text', nullable: true }) onSiteAnswer!: string | null;
  @Column({ name: 'request_id', type: 'uuid', nullable: true }) requestId!: string | null;
  /** Step 8: a typical case (典型案例) of the archive. */
  @Column() typical!: boolean;
  @Column({ name: 'typical_note', type: 'text', nullable: true }) typicalNote!: string | null;
  @Column({ name: 'recorded_by' }) recordedBy!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}
