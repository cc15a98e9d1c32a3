import { ValidationFailed, type DistrictReferenceResult, type FieldProblem, type PlanReceptionsPayload } from '@civicloop/contracts';
import { recurrenceProblem, type RecurrenceRule } from './recurrence';
import { TEAM_COMPOSITIONS } from './team-composition';

/**
 * Step 1's input checked against the district's reference data: the street is one of its streets,
 * the places are its areas, the rule plans dates. 400 naming each field that is wrong.
 */
export function validPlanInput(payload: PlanReceptionsPayload, reference: DistrictReferenceResult): { rule: RecurrenceRule; fromMonth: number } {
  const problems: FieldProblem[] = [];
  const street = reference.units.find((unit) => unit.code === payload.streetUnitCode);
  if (!street || street.kind !== 'street') problems.push({ field: 'streetUnitCode', reason: `no street "${payload.streetUnitCode}" in this district` });
  if (!Number.isInteger(payload.year) || payload.year < 2000 || payload.year > 2100) problems.push({ field: 'year', reason: 'must be a year such as 2026' });
  const fromMonth = payload.fromMonth ?? 1;
  if (!Number.isInteger(fromMonth) || fromMonth < 1 || fromMonth > 12) problems.push({ field: 'fromMonth', reason: 'must be a month from 1 to 12' });
  const rule = { kind: payload.rule?.kind, weekday: payload.rule?.weekday, nths: payload.rule?.nths } as RecurrenceRule;
  const ruleProblem = recurrenceProblem(rule);
  if (ruleProblem) problems.push({ field: 'rule', reason: ruleProblem });
  const areas = new Set(reference.areas.map((area) => area.code));
  if (!Array.isArray(payload.communityAreaCodes) || payload.communityAreaCodes.length === 0) {
    problems.push({ field: 'communityAreaCodes', reason: 'name at least one community the reception days rotate over' });
  } else {
    const unknown = payload.communityAreaCodes.filter((code) => !areas.has(code));
    if (unknown.length > 0) problems.push({ field: 'communityAreaCodes', reason: `no area ${unknown.map((code) => `"${code}"`).join(', ')} in this district` });
  }
  if (!(TEAM_COMPOSITIONS as readonly string[]).includes(payload.composition)) problems.push({ field: 'composition', reason: `must be one of: ${TEAM_COMPOSITIONS.join(', ')}` });
  if (!Array.isArray(payload.teams) || payload.teams.length === 0) problems.push({ field: 'teams', reason: 'name at least one team' });
  if (problems.length > 0) throw new ValidationFailed(problems);
  return { rule, fromMonth };
}
