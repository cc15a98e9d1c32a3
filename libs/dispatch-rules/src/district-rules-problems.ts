import { URGENCIES, type FieldProblem } from '@civicloop/contracts';
import type { DistrictRules } from './district-rules';

type Check = (value: unknown, field: string) => FieldProblem[];

const problem = (field: string, reason: string): FieldProblem[] => [{ field, reason }];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const positiveMinutes: Check = (value, field) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? [] : problem(field, 'a positive number of minutes');
const positiveInteger: Check = (value, field) => (Number.isInteger(value) && (value as number) > 0 ? [] : problem(field, 'a positive whole number'));
const boolean: Check = (value, field) => (typeof value === 'boolean' ? [] : problem(field, 'true or false'));
const fraction: Check = (value, field) =>
  typeof value === 'number' && value > 0 && value < 1 ? [] : problem(field, 'a share between 0 and 1, e.g. 0.75');
const unitCodeOrNull: Check = (value, field) =>
  value === null || (typeof value === 'string' && value.length > 0 && value.length <= 100) ? [] : problem(field, 'a unit code, or null for the district government');

/** Minutes per urgency; `complete` when every urgency must be given. */
function perUrgency(complete: boolean): Check {
  return (value, field) => {
    if (!isObject(value)) return problem(field, `minutes per urgency (${URGENCIES.join(', ')})`);
    const unknown = Object.keys(value).filter((key) => !(URGENCIES as readonly string[]).includes(key));
    if (unknown.length > 0) return problem(`${field}.${unknown[0]}`, `not an urgency; use ${URGENCIES.join(', ')}`);
    const missing = complete ? URGENCIES.filter((urgency) => value[urgency] === undefined) : [];
    if (missing.length > 0) return problem(`${field}.${missing[0]}`, 'required');
    return Object.entries(value).flatMap(([urgency, minutes]) => positiveMinutes(minutes, `${field}.${urgency}`));
  };
}

function fields(checks: Record<string, Check>): Check {
  return (value, field) => {
    if (!isObject(value)) return problem(field, 'an object');
    return Object.entries(value).flatMap(([key, entry]) => {
      const check = checks[key];
      const path = field ? `${field}.${key}` : key;
      return check ? check(entry, path) : problem(path, 'not a setting of the rule book');
    });
  };
}

const categoryDeadlines = fields({ signForWorkingMinutes: perUrgency(false), feedbackMinutes: perUrgency(false), feedbackCountsWorkingTime: boolean });

const byCategory: Check = (value, field) =>
  isObject(value) ? Object.entries(value).flatMap(([code, entry]) => categoryDeadlines(entry, `${field}.${code}`)) : problem(field, 'settings per category code');

const deadlinePolicy = fields({
  signForWorkingMinutes: perUrgency(true),
  feedbackNaturalMinutes: perUrgency(true),
  feedbackCountsWorkingTime: boolean,
  byCategory,
});

const SETTINGS: Record<keyof DistrictRules, Check> = {
  deadlinePolicy,
  objectionWindowWorkingMinutes: positiveMinutes,
  objectionReviewWorkingMinutes: positiveMinutes,
  managerApprovesObjections: boolean,
  managerApprovesExtensions: boolean,
  extensionCapWorkingMinutes: positiveMinutes,
  reminderFraction: fraction,
  coHandlerReportWorkingMinutes: positiveMinutes,
  callbackCalls: positiveInteger,
  duplicateWindowDays: positiveInteger,
  fallbackUnitCode: unitCodeOrNull,
  supervisingUnitCode: unitCodeOrNull,
};

/**
 * What is wrong with a district's rule book as it would be stored (its overrides of the
 * defaults), each problem naming its field, e.g. `deadlinePolicy.signForWorkingMinutes.general`.
 */
export function districtRulesProblems(overrides: unknown): FieldProblem[] {
  return fields(SETTINGS)(overrides, '');
}

/** Category codes the rule book's per-category deadlines name, for the caller to check against the tree. */
export function deadlineCategoryCodes(overrides: Partial<DistrictRules>): string[] {
  return Object.keys(overrides.deadlinePolicy?.byCategory ?? {});
}
