import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActorContext, UnitMonthRatesPayload } from '@civicloop/contracts';
import { assessMonth } from '../assessment/assess-month';
import { monthOf } from '../assessment/assessment-input';
import { AssessmentWeightsStore } from '../assessment/assessment-weights.store';
import { UnitTree } from '../assessment/unit-tree';
import { visibleUnitsFor } from './rates-access';

/** The three rates (三率) of every unit for one month, with every exclusion and the district's weights. */
@Injectable()
export class UnitMonthRatesService {
  constructor(private readonly weights: AssessmentWeightsStore) {}

  async get(manager: EntityManager, context: ActorContext, payload: Partial<UnitMonthRatesPayload> | undefined) {
    const visible = visibleUnitsFor(context);
    const month = monthOf(payload?.month);
    // Units only: no roll-up, so the district's tree is not needed here.
    const { tables } = await assessMonth(manager, context.tenantId, month, new UnitTree([]), await this.weights.get(manager, context.tenantId), ['unit']);
    // Ranked across the whole district before filtering, so a unit's rank means the same to everyone.
    const units = tables.unit.filter((row) => visible(row.code)).map(({ code, name: _name, kind: _kind, ...row }) => ({ unitCode: code, ...row }));
    return { month, units };
  }
}
