import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import {
  EventTypes,
  Forbidden,
  hasAnyRole,
  IllegalTransition,
  isUnitStaff,
  NotFound,
  seesWholeDistrict,
  ValidationFailed,
  worksForAnyOf,
  type ActorContext,
  type AppealAssessmentPayload,
  type AppealDecided,
  type AssessmentAppealed,
  type DecideAppealPayload,
  type ListAppealsPayload,
} from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { knownIdShape, textOf } from '../assessment/assessment-input';
import type { UnitTree } from '../assessment/unit-tree';
import { PublishedRankingsService } from '../rankings/published-rankings.service';

export const APPEAL_STATES = ['pending', 'accepted', 'rejected'] as const;
export type AppealState = (typeof APPEAL_STATES)[number];

export interface AppealView {
  appealId: string;
  assignmentId: string;
  requestId: string;
  unitCode: string;
  reason: string;
  state: AppealState;
  appealedBy: string;
  appealedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
  version: number;
  /** Accepted after the month's ranking was published: the corrected versions this published. */
  correctedRankingVersions?: number[];
}

const COLUMNS = `appeal_id as "appealId", assignment_id as "assignmentId", request_id as "requestId", unit_code as "unitCode", reason, state,
  appealed_by as "appealedBy", to_json(appealed_at) #>> '{}' as "appealedAt", decided_by as "decidedBy",
  to_json(decided_at) #>> '{}' as "decidedAt", note, version`;

/**
 * 考核申诉: a unit appeals the assessment of one of its assignments with a reason; a supervisor
 * accepts (the order leaves that unit's three rates, the reason kept) or rejects it with a note.
 */
@Injectable()
export class AssessmentAppealsService {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly rankings: PublishedRankingsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async appeal(manager: EntityManager, context: ActorContext, payload: Partial<AppealAssessmentPayload> | undefined): Promise<AppealView> {
    if (!isUnitStaff(context)) throw new Forbidden("only the unit's staff or manager appeal its assessment");
    const assignmentId = knownIdShape('assignment', payload?.assignmentId);
    const reason = textOf(payload?.reason, 'reason');
    const [fact] = await manager.query(
      `select request_id as "requestId", unit_code as "unitCode" from reporting.assignment_facts
        where tenant_id = $1 and assignment_id = $2 and dispatched_at is not null`,
      [context.tenantId, assignmentId],
    );
    // Another unit's assignment is as unknown as one that does not exist.
    if (!fact || !worksForAnyOf(context, [fact.unitCode])) throw new NotFound('assignment', assignmentId);
    const [existing] = await manager.query(`select state from reporting.assessment_appeals where tenant_id = $1 and assignment_id = $2`, [context.tenantId, assignmentId]);
    if (existing) throw new IllegalTransition(`the assessment of assignment ${assignmentId}`, `appealed (${existing.state})`, 'appeal', []);

    const appeal: AppealView = {
      appealId: randomUUID(),
      assignmentId,
      requestId: fact.requestId,
      unitCode: fact.unitCode,
      reason,
      state: 'pending',
      appealedBy: context.userId,
      appealedAt: this.clock.now().toISOString(),
      decidedBy: null,
      decidedAt: null,
      note: null,
      version: 1,
    };
    await manager.query(
      `insert into reporting.assessment_appeals (tenant_id, appeal_id, assignment_id, request_id, unit_code, reason, state, appealed_by, appealed_at, version)
       values ($1, $2, $3, $4, $5, $6, 'pending', $7, $8, 1)`,
      [context.tenantId, appeal.appealId, assignmentId, appeal.requestId, appeal.unitCode, reason, context.userId, appeal.appealedAt],
    );
    const data: AssessmentAppealed = { appealId: appeal.appealId, requestId: appeal.requestId, assignmentId, unitCode: appeal.unitCode, reason };
    await this.outbox.append(manager, [newEvent({ type: EventTypes.AssessmentAppealed, aggregateId: appeal.appealId, aggregateVersion: 1, data }, context, this.clock)]);
    return appeal;
  }

  async decide(manager: EntityManager, context: ActorContext, payload: Partial<DecideAppealPayload> | undefined, tree: UnitTree): Promise<AppealView> {
    if (!hasAnyRole(context, ['supervisor'])) throw new Forbidden('only a supervisor decides an appeal');
    const appealId = knownIdShape('appeal', payload?.appealId);
    const decision = payload?.decision;
    if (decision !== 'accept' && decision !== 'reject') throw new ValidationFailed([{ field: 'decision', reason: 'must be accept or reject' }]);
    // A rejection must say why; an acceptance may add a note to the unit's reason.
    const note = textOf(payload?.note ?? '', 'note', decision === 'reject' ? 2 : 0);
    const [appeal]: AppealView[] = await manager.query(`select ${COLUMNS} from reporting.assessment_appeals where tenant_id = $1 and appeal_id = $2 for update`, [
      context.tenantId,
      appealId,
    ]);
    if (!appeal) throw new NotFound('appeal', appealId);
    if (appeal.state !== 'pending') throw new IllegalTransition(`appeal ${appealId}`, appeal.state, decision, []);

    const decided: AppealView = {
      ...appeal,
      state: decision === 'accept' ? 'accepted' : 'rejected',
      decidedBy: context.userId,
      decidedAt: this.clock.now().toISOString(),
      note,
      version: appeal.version + 1,
    };
    await manager.query(
      `update reporting.assessment_appeals set state = $3, decided_by = $4, decided_at = $5, note = $6, version = $7 where tenant_id = $1 and appeal_id = $2`,
      [context.tenantId, appealId, decided.state, decided.decidedBy, decided.decidedAt, note, decided.version],
    );
    const data: AppealDecided = { appealId, requestId: appeal.requestId, assignmentId: appeal.assignmentId, unitCode: appeal.unitCode, accepted: decision === 'accept', note };
    await this.outbox.append(manager, [newEvent({ type: EventTypes.AppealDecided, aggregateId: appealId, aggregateVersion: decided.version, data }, context, this.clock)]);
    if (decision === 'accept') {
      decided.correctedRankingVersions = await this.rankings.correctAfterExclusion(manager, context, appeal.requestId, `申诉核减 / appeal accepted: ${appeal.unitCode} — ${appeal.reason}`, tree);
    }
    return decided;
  }

  /** Supervisors and the district's desks see every appeal; a unit sees its own. */
  async list(manager: EntityManager, context: ActorContext, payload: Partial<ListAppealsPayload> | undefined): Promise<AppealView[]> {
    const state = payload?.state;
    if (state !== undefined && !APPEAL_STATES.includes(state as AppealState)) {
      throw new ValidationFailed([{ field: 'state', reason: `must be one of: ${APPEAL_STATES.join(', ')}` }]);
    }
    const everyUnit = seesWholeDistrict(context);
    if (!everyUnit && !isUnitStaff(context)) throw new Forbidden('appeals are read by supervisors and by the units that made them');
    return manager.query(
      `select ${COLUMNS} from reporting.assessment_appeals
        where tenant_id = $1 and ($2::text is null or state = $2) and ($3 or unit_code = any($4::text[]))
        order by appealed_at, appeal_id`,
      [context.tenantId, state ?? null, everyUnit, context.unitCodes],
    );
  }
}
