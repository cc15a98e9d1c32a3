import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './deadline-policy';

/** One working day in the working calendar's minutes (a whole local working day, ADR 0007). */
export const WORKING_DAY_MINUTES = 24 * 60;

/**
 * What a district decides for itself about its rule book (PRODUCT.md, "A request"). Stored as the
 * district's overrides; anything it has not set takes the published default below.
 */
export interface DistrictRules {
  deadlinePolicy: DeadlinePolicy;
  /** A unit may object (派单异议) within this much working time of dispatch (default 2 working days). */
  objectionWindowWorkingMinutes: number;
  /** Dispatchers review an objection within this much working time of it reaching them (default 1 working day). */
  objectionReviewWorkingMinutes: number;
  /** An objection leaves the unit only after its manager approves. */
  managerApprovesObjections: boolean;
  /** An extension goes to the dispatcher only after the unit's manager approves. */
  managerApprovesExtensions: boolean;
  /** All extensions of one assignment together: at most this much working time (default 10 working days). */
  extensionCapWorkingMinutes: number;
  /** Reminder before a deadline, as a share of the time allowed (default 0.75). */
  reminderFraction: number;
  /** A co-handler reports to the lead within this much working time of dispatch (default 1 working day). */
  coHandlerReportWorkingMinutes: number;
  /** Calls to reach the resident for one callback before it counts as invalid (default 3). */
  callbackCalls: number;
  /** Open requests registered this many days back are offered as possible duplicates (default 30). */
  duplicateWindowDays: number;
  /** The unit that takes what the catalogue does not cover (兜底); null: the district's unit of kind "district". */
  fallbackUnitCode: string | null;
  /** The unit copied to supervise orders dispatched to a street; null: the district's unit of kind "district". */
  supervisingUnitCode: string | null;
}

export const DEFAULT_DISTRICT_RULES: DistrictRules = Object.freeze({
  deadlinePolicy: DEFAULT_DEADLINE_POLICY,
  objectionWindowWorkingMinutes: 2 * WORKING_DAY_MINUTES,
  objectionReviewWorkingMinutes: WORKING_DAY_MINUTES,
  managerApprovesObjections: false,
  managerApprovesExtensions: false,
  extensionCapWorkingMinutes: 10 * WORKING_DAY_MINUTES,
  reminderFraction: 0.75,
  coHandlerReportWorkingMinutes: WORKING_DAY_MINUTES,
  callbackCalls: 3,
  duplicateWindowDays: 30,
  fallbackUnitCode: null,
  supervisingUnitCode: null,
});

/** The district's overrides on top of the defaults (a shallow merge: a policy is replaced as a whole). */
export function districtRules(overrides: Partial<DistrictRules> | null | undefined): DistrictRules {
  return { ...DEFAULT_DISTRICT_RULES, ...(overrides ?? {}) };
}
