import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './deadline-policy';
import type { DistrictRules } from './district-rules';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Entries of `update` over `base`; an entry set to null is removed (back to what lies beneath). */
function overlay(base: Record<string, unknown> | undefined, update: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(base ?? {}) };
  for (const [key, value] of Object.entries(update)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/**
 * An admin's update of the rule book over the district's stored overrides: a setting given
 * replaces the stored one, null puts the default back. The deadline policy is merged per urgency
 * and per category, so an admin can change one limit without restating the others.
 */
export function mergeDistrictRules(stored: Partial<DistrictRules>, update: Record<string, unknown>): Record<string, unknown> {
  const { deadlinePolicy, ...rest } = update;
  const merged = overlay(stored as Record<string, unknown>, rest);
  if (deadlinePolicy === null) delete merged.deadlinePolicy;
  else if (isObject(deadlinePolicy)) merged.deadlinePolicy = mergePolicy(stored.deadlinePolicy ?? DEFAULT_DEADLINE_POLICY, deadlinePolicy);
  else if (deadlinePolicy !== undefined) merged.deadlinePolicy = deadlinePolicy;
  return merged;
}

function mergePolicy(base: DeadlinePolicy, update: Record<string, unknown>): Record<string, unknown> {
  const merged = overlay(base as unknown as Record<string, unknown>, update);
  for (const key of ['signForWorkingMinutes', 'feedbackNaturalMinutes', 'byCategory'] as const) {
    const value = update[key];
    if (isObject(value)) merged[key] = overlay(base[key] as Record<string, unknown> | undefined, value);
  }
  if (isEmptyMap(merged.byCategory)) delete merged.byCategory;
  return merged;
}

/** An empty per-category map is no setting at all. */
function isEmptyMap(value: unknown): boolean {
  return isObject(value) && Object.keys(value).length === 0;
}
