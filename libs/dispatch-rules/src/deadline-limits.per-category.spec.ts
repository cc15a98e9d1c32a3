import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy, deadlineLimits } from './deadline-policy';

/** A district that gives heating (utilities.heating) faster sign-for and 烧水 (its child) its own feedback. */
const policy: DeadlinePolicy = {
  ...DEFAULT_DEADLINE_POLICY,
  byCategory: {
    utilities: { signForWorkingMinutes: { general: 120 } },
    'utilities.heating': { signForWorkingMinutes: { general: 60 }, feedbackMinutes: { general: 2880 } },
    'utilities.heating.boiler': { feedbackCountsWorkingTime: true },
  },
};
const lineage = ['utilities.heating.boiler', 'utilities.heating', 'utilities'];

describe('deadlines per urgency and category, inherited down the category tree', () => {
  it('take the district’s per-urgency limits for a category with no setting of its own', () => {
    expect(deadlineLimits(policy, 'general', ['noise'])).toEqual({ signForWorkingMinutes: 1440, feedbackMinutes: 10080, feedbackCountsWorkingTime: false });
  });

  it('take each limit from the nearest category that sets it', () => {
    expect(deadlineLimits(policy, 'general', lineage)).toEqual({ signForWorkingMinutes: 60, feedbackMinutes: 2880, feedbackCountsWorkingTime: true });
    expect(deadlineLimits(policy, 'general', ['utilities.water', 'utilities'])).toMatchObject({ signForWorkingMinutes: 120, feedbackMinutes: 10080 });
  });

  it('fall back to the district for an urgency the category does not set', () => {
    expect(deadlineLimits(policy, 'emergency', lineage)).toEqual({ signForWorkingMinutes: 15, feedbackMinutes: 120, feedbackCountsWorkingTime: true });
  });
});
