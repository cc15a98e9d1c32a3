import { DEFAULT_DEADLINE_POLICY } from './deadline-policy';
import { districtRulesProblems } from './district-rules-problems';

const fieldsOf = (overrides: unknown) => districtRulesProblems(overrides).map((p) => p.field);

describe('a district’s rule book as an admin sets it', () => {
  it('accepts nothing set, and every setting with a sensible value', () => {
    expect(districtRulesProblems({})).toEqual([]);
    expect(
      districtRulesProblems({
        deadlinePolicy: { ...DEFAULT_DEADLINE_POLICY, feedbackCountsWorkingTime: false, byCategory: { utilities: { feedbackMinutes: { utilities: 120 } } } },
        objectionWindowWorkingMinutes: 1440,
        objectionReviewWorkingMinutes: 1440,
        managerApprovesObjections: true,
        managerApprovesExtensions: false,
        extensionCapWorkingMinutes: 14400,
        reminderFraction: 0.5,
        coHandlerReportWorkingMinutes: 720,
        callbackCalls: 3,
        duplicateWindowDays: 30,
        fallbackUnitCode: 'district-office',
        supervisingUnitCode: null,
      }),
    ).toEqual([]);
  });

  it('refuses durations that are not positive', () => {
    expect(fieldsOf({ objectionWindowWorkingMinutes: 0, extensionCapWorkingMinutes: -5, coHandlerReportWorkingMinutes: 'soon' })).toEqual([
      'objectionWindowWorkingMinutes',
      'extensionCapWorkingMinutes',
      'coHandlerReportWorkingMinutes',
    ]);
  });

  it.each([0, 1, 1.2, -0.1, '0.5'])('refuses a reminder share of %p (it must lie strictly between 0 and 1)', (share) => {
    expect(fieldsOf({ reminderFraction: share })).toEqual(['reminderFraction']);
  });

  it('refuses a switch that is not true or false', () => {
    expect(fieldsOf({ managerApprovesObjections: 'yes' })).toEqual(['managerApprovesObjections']);
  });

  it('refuses a setting it does not know', () => {
    expect(districtRulesProblems({ returnsAllowed: true })).toEqual([{ field: 'returnsAllowed', reason: 'not a setting of the rule book' }]);
  });

  it('names the limit that is wrong inside the deadline policy', () => {
    const policy = { ...DEFAULT_DEADLINE_POLICY, signForWorkingMinutes: { ...DEFAULT_DEADLINE_POLICY.signForWorkingMinutes, general: 0 } };
    expect(fieldsOf({ deadlinePolicy: policy })).toEqual(['deadlinePolicy.signForWorkingMinutes.general']);
    expect(fieldsOf({ deadlinePolicy: { ...DEFAULT_DEADLINE_POLICY, byCategory: { noise: { feedbackMinutes: { urgent: 5 } } } } })).toEqual([
      'deadlinePolicy.byCategory.noise.feedbackMinutes.urgent',
    ]);
  });

  it('needs a limit for every urgency in the district-wide policy', () => {
    expect(fieldsOf({ deadlinePolicy: { signForWorkingMinutes: { general: 60 }, feedbackNaturalMinutes: DEFAULT_DEADLINE_POLICY.feedbackNaturalMinutes } })).toEqual([
      'deadlinePolicy.signForWorkingMinutes.emergency',
    ]);
  });
});
