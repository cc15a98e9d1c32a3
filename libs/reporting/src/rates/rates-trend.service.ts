import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, DEFAULT_TIME_ZONE, localMonth, type Clock } from '@civicloop/clock';
import { NotFound, ValidationFailed, type ActorContext, type RatesTrendPayload } from '@civicloop/contracts';
import { assessMonth } from '../assessment/assess-month';
import { AssessmentWeightsStore } from '../assessment/assessment-weights.store';
import { DISTRICT_ROW } from '../assessment/level-tables';
import type { UnitTree } from '../assessment/unit-tree';
import { levelOf } from './area-month-rates.service';
import { monthsEndingWith } from './month-range';
import { visibleUnitsFor } from './rates-access';

export const MAX_TREND_MONTHS = 36;

/**
 * A unit's, street's or the district's rates month by month up to the current month, each with
 * its rank that month and the change of the composite index from the month before (a trend).
 */
@Injectable()
export class RatesTrendService {
  constructor(
    private readonly weights: AssessmentWeightsStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(manager: EntityManager, context: ActorContext, payload: Partial<RatesTrendPayload> | undefined, tree: UnitTree) {
    const visible = visibleUnitsFor(context, tree);
    const level = levelOf(payload?.level, payload?.unitCode === undefined ? 'district' : 'unit');
    const count = payload?.months ?? 12;
    if (!Number.isInteger(count) || count < 1 || count > MAX_TREND_MONTHS) {
      throw new ValidationFailed([{ field: 'months', reason: `must be a whole number from 1 to ${MAX_TREND_MONTHS}` }]);
    }
    const code = level === 'district' ? DISTRICT_ROW.code : this.unitCodeOf(payload?.unitCode, level, tree);
    if (level !== 'district' && !visible(code)) throw new NotFound('unit', code);

    const weights = await this.weights.get(manager, context.tenantId);
    const points = [];
    let previous: number | null = null;
    for (const month of monthsEndingWith(localMonth(this.clock.now(), DEFAULT_TIME_ZONE), count)) {
      const { tables } = await assessMonth(manager, context.tenantId, month, tree, weights, [level]);
      const row = tables[level].find((candidate) => candidate.code === code) ?? null;
      const index = row?.compositeIndex ?? null;
      points.push({ month, ...(row ?? emptyRow), rankedAmong: tables[level].length, change: index !== null && previous !== null ? index - previous : null });
      previous = index;
    }
    const node = level === 'district' ? DISTRICT_ROW : tree.node(code);
    return { code, name: node.name, level, weights, months: points };
  }

  private unitCodeOf(value: unknown, level: 'unit' | 'street', tree: UnitTree): string {
    if (typeof value !== 'string' || value.length === 0) throw new ValidationFailed([{ field: 'unitCode', reason: `is required for the ${level} level` }]);
    if (level === 'street' && tree.node(value).kind !== 'street') throw new ValidationFailed([{ field: 'unitCode', reason: `${value} is not a street (街道)` }]);
    return value;
  }
}

/** A month in which the unit had nothing to count. */
const emptyRow = {
  dispatched: 0,
  signedOnTime: 0,
  replied: 0,
  validCallbacks: 0,
  solved: 0,
  satisfied: 0,
  basicallySatisfied: 0,
  solvedByAttempt: {},
  responseRate: null,
  resolutionRate: null,
  satisfactionRate: null,
  compositeIndex: null,
  rank: null,
  excluded: { assignments: 0, callbacks: 0 },
};
