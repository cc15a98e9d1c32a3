import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { Forbidden, hasAnyRole, type ActorContext, type AssessmentWeightsPayload } from '@civicloop/contracts';
import { DEFAULT_COMPOSITE_WEIGHTS, type CompositeWeights } from '@civicloop/rates';
import { validatedWeights } from './assessment-weights';

export interface DistrictWeights extends CompositeWeights {
  /** False while the district uses the published example (no admin has set its own). */
  setByDistrict: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** The district's composite-index weights, kept by reporting; the published example until an admin sets them. */
@Injectable()
export class AssessmentWeightsStore {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async get(manager: EntityManager, tenantId: string): Promise<DistrictWeights> {
    const [row] = await manager.query(
      `select response, resolution, satisfaction, basically_satisfied_weight as "basicallySatisfiedWeight",
              to_json(updated_at) #>> '{}' as "updatedAt", updated_by as "updatedBy"
         from reporting.assessment_weights where tenant_id = $1`,
      [tenantId],
    );
    if (!row) return { ...DEFAULT_COMPOSITE_WEIGHTS, setByDistrict: false, updatedAt: null, updatedBy: null };
    return { ...row, setByDistrict: true };
  }

  /** District admins only; refused weights change nothing. */
  async set(manager: EntityManager, context: ActorContext, payload: Partial<AssessmentWeightsPayload> | undefined): Promise<DistrictWeights> {
    if (!hasAnyRole(context, ['district-admin'])) throw new Forbidden('only a district admin sets the composite-index weights');
    const weights = validatedWeights(payload);
    await manager.query(
      `insert into reporting.assessment_weights (tenant_id, response, resolution, satisfaction, basically_satisfied_weight, updated_by, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (tenant_id) do update set response = excluded.response, resolution = excluded.resolution, satisfaction = excluded.satisfaction,
         basically_satisfied_weight = excluded.basically_satisfied_weight, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [context.tenantId, weights.response, weights.resolution, weights.satisfaction, weights.basicallySatisfiedWeight, context.userId, this.clock.now()],
    );
    return this.get(manager, context.tenantId);
  }
}
