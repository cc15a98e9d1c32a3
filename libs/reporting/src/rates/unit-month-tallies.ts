import type { EntityManager } from 'typeorm';
import type { OutcomeTally, ResponseTally } from './unit-month-table';

/**
 * Counts straight from the read models, grouped in the database so a month costs O(units).
 * Only complete assignment rows count: a signing whose assignment.created has not arrived waits.
 */
export function responseTallies(manager: EntityManager, tenantId: string, month: string): Promise<ResponseTally[]> {
  return manager.query(
    `select unit_code as "unitCode",
            count(*)::int as "dispatched",
            count(*) filter (where signed_at <= sign_for_deadline)::int as "signedOnTime",
            count(*) filter (where replied_at is not null)::int as "replied"
       from reporting.assignment_facts
      where tenant_id = $1 and month = $2 and dispatched_at is not null
      group by unit_code`,
    [tenantId, month],
  );
}

export function outcomeTallies(manager: EntityManager, tenantId: string, month: string): Promise<OutcomeTally[]> {
  return manager.query(
    `select unit_code as "unitCode",
            attempt,
            count(*)::int as "validCallbacks",
            count(*) filter (where solved)::int as "solved",
            count(*) filter (where satisfaction = 'satisfied')::int as "satisfied",
            count(*) filter (where satisfaction = 'basically-satisfied')::int as "basicallySatisfied"
       from reporting.request_outcomes
      where tenant_id = $1 and month = $2
      group by unit_code, attempt`,
    [tenantId, month],
  );
}
