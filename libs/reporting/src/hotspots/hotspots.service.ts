import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DISTRICT_WIDE_ROLES, Forbidden, seesWholeDistrict, type ActorContext, type HotspotsPayload, type HotspotsResult } from '@civicloop/contracts';
import { monthOf } from '../assessment/assessment-input';
import { monthsEndingWith } from '../rates/month-range';
import { isRising, REPEAT_CALLER_REQUESTS } from './hotspot-rule';

/** How many categories or places a hotspot list shows, busiest first. */
const ROWS = 20;
const COLUMN = { category: 'category_code', area: 'area_code' } as const;

/**
 * Hotspots (热点): where requests concentrate this month and what is rising against the month
 * before, for those who watch the whole district and set the problem of the month (每月一题).
 */
@Injectable()
export class HotspotsService {
  async get(manager: EntityManager, context: ActorContext, payload: Partial<HotspotsPayload> | undefined): Promise<HotspotsResult> {
    if (!seesWholeDistrict(context)) throw new Forbidden(`hotspots need one of the roles: ${DISTRICT_WIDE_ROLES.join(', ')}`);
    const month = monthOf(payload?.month);
    const [previousMonth] = monthsEndingWith(month, 2);
    const by = payload?.by === 'area' ? 'area' : 'category';
    const column = COLUMN[by];
    const counts: Array<{ code: string; requests: number; previous: number }> = await manager.query(
      `with this_month as (select ${column} as code, count(*)::int as requests from reporting.request_facts where tenant_id = $1 and month = $2 group by ${column}),
            last_month as (select ${column} as code, count(*)::int as requests from reporting.request_facts where tenant_id = $1 and month = $3 group by ${column})
       select t.code, t.requests, coalesce(l.requests, 0) as previous
         from this_month t left join last_month l using (code)
        order by t.requests desc, t.code limit ${ROWS}`,
      [context.tenantId, month, previousMonth],
    );
    const [repeat] = await manager.query(
      `select count(*)::int as residents, coalesce(sum(requests), 0)::int as requests
         from (select count(*) as requests from reporting.request_facts where tenant_id = $1 and month = $2 group by resident_id having count(*) >= $3) callers`,
      [context.tenantId, month, REPEAT_CALLER_REQUESTS],
    );
    return {
      month,
      previousMonth: previousMonth!,
      by,
      rows: counts.map((row) => ({ ...row, rising: isRising(row.requests, row.previous) })),
      repeatCallers: { residents: repeat.residents, requests: repeat.requests },
    };
  }
}
