import type { EntityManager } from 'typeorm';
import type { AssignmentFactRow, CallbackOutcomeRow, Exclusion } from './assessment-facts';

export interface MonthFacts {
  assignments: AssignmentFactRow[];
  outcomes: CallbackOutcomeRow[];
  exclusions: Exclusion[];
}

/** The requests a month's rates can touch: assignments made in it and final valid callbacks in it. */
const MONTH_REQUESTS = `select request_id from reporting.assignment_facts where tenant_id = $1 and month = $2
                        union select request_id from reporting.request_outcomes where tenant_id = $1 and month = $2`;

/**
 * Reads the recorded facts of one month and the exclusions that apply to them. Nothing here is a
 * running total: every rate is recomputed from these rows each time it is asked for.
 */
export async function readMonthFacts(manager: EntityManager, tenantId: string, month: string): Promise<MonthFacts> {
  const assignments: AssignmentFactRow[] = await manager.query(
    `select assignment_id as "assignmentId", request_id as "requestId", unit_code as "unitCode",
            coalesce(role, 'lead') as "role", coalesce(attempt, 1) as "attempt",
            to_json(dispatched_at) #>> '{}' as "dispatchedAt", to_json(sign_for_deadline) #>> '{}' as "signForDeadline",
            to_json(signed_at) #>> '{}' as "signedAt", replied_at is not null as "replied"
       from reporting.assignment_facts
      where tenant_id = $1 and month = $2 and dispatched_at is not null
      order by dispatched_at, assignment_id`,
    [tenantId, month],
  );
  const outcomes: CallbackOutcomeRow[] = await manager.query(
    `select request_id as "requestId", unit_code as "unitCode", attempt, solved, satisfaction
       from reporting.request_outcomes where tenant_id = $1 and month = $2 order by callback_at, request_id`,
    [tenantId, month],
  );
  const exclusions: Exclusion[] = await manager.query(
    `select 'objection-upheld' as "kind", request_id as "requestId", assignment_id as "assignmentId", unit_code as "unitCode",
            coalesce(objection_upheld_note, '') as "reason", null as "note", to_json(objection_upheld_at) #>> '{}' as "at"
       from reporting.assignment_facts
      where tenant_id = $1 and month = $2 and objection_upheld_at is not null and unit_code is not null
     union all
     select 'appeal-accepted', request_id, assignment_id, unit_code, reason, note, to_json(decided_at) #>> '{}'
       from reporting.assessment_appeals
      where tenant_id = $1 and state = 'accepted' and request_id in (${MONTH_REQUESTS})
     union all
     select 'unreasonable', request_id, null, null, reason, null, to_json(flagged_at) #>> '{}'
       from reporting.unreasonable_flags
      where tenant_id = $1 and request_id in (${MONTH_REQUESTS})
     union all
     select 'invalid-callback', request_id, assignment_id, unit_code, '3 次回访未联系上居民（无效回访） / not reached in 3 calls', null, to_json(recorded_at) #>> '{}'
       from reporting.invalid_callbacks i
      where tenant_id = $1 and month = $2
        and not exists (select 1 from reporting.request_outcomes o where o.tenant_id = i.tenant_id and o.request_id = i.request_id)`,
    [tenantId, month],
  );
  return { assignments, outcomes, exclusions };
}
