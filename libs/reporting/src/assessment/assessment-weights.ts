import { DEFAULT_COMPOSITE_WEIGHTS, type CompositeWeights } from '@civicloop/rates';
import { ValidationFailed, type FieldProblem } from '@civicloop/contracts';

/** How far from 1 the three part weights may add up (decimal input such as 0.1 + 0.5 + 0.4). */
const SUM_TOLERANCE = 1e-9;
const PARTS = ['response', 'resolution', 'satisfaction'] as const;

const fraction = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;

/**
 * A district's composite weights as its admin sets them: three part weights between 0 and 1 that
 * add up to 1, and the weight of "basically satisfied" (基本满意) between 0 and 1 (0.9 if left out).
 * @throws ValidationFailed naming every field that is wrong.
 */
export function validatedWeights(input: Partial<Record<keyof CompositeWeights, unknown>> | undefined): CompositeWeights {
  const problems: FieldProblem[] = [];
  for (const part of PARTS) {
    if (!fraction(input?.[part])) problems.push({ field: part, reason: 'must be a number from 0 to 1' });
  }
  const basically = input?.basicallySatisfiedWeight ?? DEFAULT_COMPOSITE_WEIGHTS.basicallySatisfiedWeight;
  if (!fraction(basically)) problems.push({ field: 'basicallySatisfiedWeight', reason: 'must be a number from 0 to 1' });
  if (problems.length === 0) {
    const sum = PARTS.reduce((total, part) => total + (input![part] as number), 0);
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      problems.push({ field: 'weights', reason: `response + resolution + satisfaction must add up to 1, not ${Number(sum.toFixed(6))}` });
    }
  }
  if (problems.length > 0) throw new ValidationFailed(problems);
  return {
    response: input!.response as number,
    resolution: input!.resolution as number,
    satisfaction: input!.satisfaction as number,
    basicallySatisfiedWeight: basically as number,
  };
}
