import { DEFAULT_DISTRICT_RULES, districtRules, WORKING_DAY_MINUTES } from './district-rules';

describe("a district's rules", () => {
  it('take the published defaults where the district set nothing', () => {
    expect(districtRules(null)).toEqual(DEFAULT_DISTRICT_RULES);
    expect(DEFAULT_DISTRICT_RULES.objectionWindowWorkingMinutes).toBe(2 * WORKING_DAY_MINUTES);
    expect(DEFAULT_DISTRICT_RULES.extensionCapWorkingMinutes).toBe(10 * WORKING_DAY_MINUTES);
    expect(DEFAULT_DISTRICT_RULES.reminderFraction).toBe(0.75);
  });

  it("take the district's own choice where it made one", () => {
    const rules = districtRules({ managerApprovesObjections: true, objectionWindowWorkingMinutes: WORKING_DAY_MINUTES });
    expect(rules.managerApprovesObjections).toBe(true);
    expect(rules.objectionWindowWorkingMinutes).toBe(WORKING_DAY_MINUTES);
    expect(rules.extensionCapWorkingMinutes).toBe(DEFAULT_DISTRICT_RULES.extensionCapWorkingMinutes);
  });
});
