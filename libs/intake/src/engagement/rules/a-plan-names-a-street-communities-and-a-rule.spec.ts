import type { DistrictReferenceResult, PlanReceptionsPayload } from '@civicloop/contracts';
import { validPlanInput } from './plan-input';

const reference: DistrictReferenceResult = {
  categories: [],
  areas: [{ code: 'jingshan.huangcheng', name: '皇城根社区', parentCode: 'jingshan' }],
  units: [
    { code: 'street-jingshan', name: '景山街道', kind: 'street', parentCode: 'district-office' },
    { code: 'traffic-police', name: '交通支队', kind: 'department', parentCode: null },
  ],
};

const plan = (overrides: Partial<PlanReceptionsPayload> = {}): PlanReceptionsPayload => ({
  streetUnitCode: 'street-jingshan',
  year: 2027,
  rule: { kind: 'last-weekday-of-month', weekday: 4 },
  communityAreaCodes: ['jingshan.huangcheng'],
  composition: 'two-representatives-one-member',
  teams: [{ deputyIds: ['a'] }],
  ...overrides,
});

const fieldsOf = (payload: PlanReceptionsPayload) => {
  try {
    validPlanInput(payload, reference);
    return [];
  } catch (error) {
    return (error as { problems: Array<{ field: string }> }).problems.map((problem) => problem.field);
  }
};

describe("a street's annual plan names one of the district's streets, its communities and a rule", () => {
  it('accepts a complete plan', () => {
    expect(validPlanInput(plan(), reference)).toEqual({ rule: { kind: 'last-weekday-of-month', weekday: 4, nths: undefined }, fromMonth: 1 });
  });

  it('refuses a unit that is not a street, unknown places, a bad rule and no teams, field by field', () => {
    expect(fieldsOf(plan({ streetUnitCode: 'traffic-police' }))).toEqual(['streetUnitCode']);
    expect(fieldsOf(plan({ communityAreaCodes: ['elsewhere'] }))).toEqual(['communityAreaCodes']);
    expect(fieldsOf(plan({ rule: { kind: 'nth-weekdays-of-month', weekday: 4, nths: [6] } }))).toEqual(['rule']);
    expect(fieldsOf(plan({ teams: [], fromMonth: 13 }))).toEqual(['fromMonth', 'teams']);
  });
});
