import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MONTH_PATTERN } from '@civicloop/clock';
import { ValidationFailed, type ActorContext, type UnitMonthRatesPayload } from '@civicloop/contracts';
import { visibleUnitsFor } from './rates-access';
import { outcomeTallies, responseTallies } from './unit-month-tallies';
import { unitMonthTable, type UnitMonthRow } from './unit-month-table';

export interface UnitMonthRates {
  month: string;
  units: UnitMonthRow[];
}

/** The three rates (三率) of every unit for one month, by PRODUCT.md's counting rules. */
@Injectable()
export class UnitMonthRatesService {
  async get(manager: EntityManager, context: ActorContext, payload: Partial<UnitMonthRatesPayload> | undefined): Promise<UnitMonthRates> {
    const visible = visibleUnitsFor(context);
    const month = payload?.month;
    if (typeof month !== 'string' || !MONTH_PATTERN.test(month)) {
      throw new ValidationFailed([{ field: 'month', reason: 'must be a month as YYYY-MM, e.g. 2026-11' }]);
    }
    const responses = await responseTallies(manager, context.tenantId, month);
    const outcomes = await outcomeTallies(manager, context.tenantId, month);
    // Ranked across the whole district before filtering, so a unit's rank means the same to everyone.
    return { month, units: unitMonthTable(responses, outcomes).filter((row) => visible(row.unitCode)) };
  }
}
