import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DeliberationParticipantInput, DeliberationRole } from '@civicloop/contracts';
import type { SessionState } from '../rules/deliberation-workflow';

/** A deliberation session (议事会) of a community: community, owners' committee, property company, residents. */
@Entity({ name: 'deliberation_sessions' })
export class DeliberationSession {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'community_area_code' }) communityAreaCode!: string;
  @Column({ name: 'community_name' }) communityName!: string;
  @Column({ name: 'community_unit_code', type: 'text', nullable: true }) communityUnitCode!: string | null;
  @Column({ name: 'street_unit_code', type: 'text', nullable: true }) streetUnitCode!: string | null;
  /** The district's local date, YYYY-MM-DD. */
  @Column({ type: 'date' }) date!: string;
  @Column() place!: string;
  @Column({ type: 'text' }) state!: SessionState;
  @Column({ type: 'jsonb' }) participants!: Array<Required<DeliberationParticipantInput>>;
  @Column({ type: 'text', nullable: true }) minutes!: string | null;
  @Column({ name: 'planned_by' }) plannedBy!: string;
  @Column({ name: 'planned_at', type: 'timestamptz' }) plannedAt!: Date;
  @Column({ name: 'held_at', type: 'timestamptz', nullable: true }) heldAt!: Date | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column() version!: number;
}

/** One issue on a session's agenda: its options, the recorded vote and the decision. */
@Entity({ name: 'deliberation_items' })
export class AgendaItem {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @Column({ name: 'issue_id', type: 'uuid' }) issueId!: string;
  @Column() position!: number;
  @Column({ type: 'text', array: true }) options!: string[];
  @Column({ type: 'integer', array: true, nullable: true }) counts!: number[] | null;
  @Column({ type: 'integer', nullable: true }) ballots!: number | null;
  @Column({ name: 'decision_kind', type: 'text', nullable: true }) decisionKind!: 'option' | 'order' | null;
  @Column({ name: 'decision_option', type: 'integer', nullable: true }) decisionOption!: number | null;
  @Column({ name: 'decision_note', type: 'text', nullable: true }) decisionNote!: string | null;
}

/** A follow-up task (会后落实) with its owner and due date. */
@Entity({ name: 'deliberation_tasks' })
export class FollowUpTask {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @Column({ name: 'item_id', type: 'uuid', nullable: true }) itemId!: string | null;
  @Column() position!: number;
  @Column() title!: string;
  @Column({ name: 'owner_role', type: 'text' }) ownerRole!: DeliberationRole;
  @Column({ name: 'owner_name' }) ownerName!: string;
  @Column({ name: 'due_date', type: 'date' }) dueDate!: string;
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true }) doneAt!: Date | null;
  /** The district's local date it was done on (late when after the due date). */
  @Column({ name: 'done_on', type: 'date', nullable: true }) doneOn!: string | null;
  @Column({ name: 'done_by', type: 'text', nullable: true }) doneBy!: string | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
}
