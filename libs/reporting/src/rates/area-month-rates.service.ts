import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ValidationFailed, type ActorContext, type AreaMonthRatesPayload } from '@civicloop/contracts';
import { assessMonth } from '../assessment/assess-month';
import { monthOf } from '../assessment/assessment-input';
import { AssessmentWeightsStore } from '../assessment/assessment-weights.store';
import { RATES_LEVELS, type RatesLevel } from '../assessment/level-tables';
import type { UnitTree } from '../assessment/unit-tree';
import { visibleUnitsFor } from './rates-access';

export function levelOf(value: unknown, fallback?: RatesLevel): RatesLevel {
  if (value === undefined && fallback) return fallback;
  if (typeof value !== 'string' || !RATES_LEVELS.includes(value as RatesLevel)) {
    throw new ValidationFailed([{ field: 'level', reason: `must be one of: ${RATES_LEVELS.join(', ')}` }]);
  }
  return value as RatesLevel;
}

/**
 * The month's three rates and composite index per unit, per street (with the units under it) or
 * for the whole district, ranked within the level, with every exclusion and its reason.
 */
@Injectable()
export class AreaMonthRatesService {
  constructor(private readonly weights: AssessmentWeightsStore) {}

  async get(manager: EntityManager, context: ActorContext, payload: Partial<AreaMonthRatesPayload> | undefined, tree: UnitTree) {
    const visible = visibleUnitsFor(context, tree);
    const month = monthOf(payload?.month);
    const level = levelOf(payload?.level, 'unit');
    const weights = await this.weights.get(manager, context.tenantId);
    const { tables, excluded } = await assessMonth(manager, context.tenantId, month, tree, weights, [level]);
    return {
      month,
      level,
      weights,
      // The district's row tells no one anything about another unit's orders.
      rows: tables[level].filter((row) => level === 'district' || visible(row.code)),
      exclusions: excluded.filter((item) => visible(item.unitCode)),
    };
  }
}
