import { DEFAULT_DEADLINE_POLICY } from './deadline-policy';
import { mergeDistrictRules } from './merge-district-rules';

describe('an admin’s update of the rule book', () => {
  it('replaces the settings it gives and keeps the others', () => {
    expect(mergeDistrictRules({ reminderFraction: 0.5, managerApprovesObjections: true }, { reminderFraction: 0.8 })).toEqual({
      reminderFraction: 0.8,
      managerApprovesObjections: true,
    });
  });

  it('puts the default back for a setting given as null', () => {
    expect(mergeDistrictRules({ reminderFraction: 0.5 }, { reminderFraction: null })).toEqual({});
  });

  it('changes one deadline without restating the others', () => {
    const merged = mergeDistrictRules({}, { deadlinePolicy: { signForWorkingMinutes: { general: 2880 } } });
    expect(merged.deadlinePolicy).toEqual({
      ...DEFAULT_DEADLINE_POLICY,
      signForWorkingMinutes: { ...DEFAULT_DEADLINE_POLICY.signForWorkingMinutes, general: 2880 },
    });
  });

  it('adds and removes per-category deadlines one category at a time', () => {
    const stored = { deadlinePolicy: { ...DEFAULT_DEADLINE_POLICY, byCategory: { noise: { feedbackMinutes: { general: 60 } } } } };
    const merged = mergeDistrictRules(stored, { deadlinePolicy: { byCategory: { noise: null, utilities: { feedbackMinutes: { utilities: 120 } } } } });
    expect((merged.deadlinePolicy as typeof stored.deadlinePolicy).byCategory).toEqual({ utilities: { feedbackMinutes: { utilities: 120 } } });
  });
});
