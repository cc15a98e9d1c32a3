import { ApiError } from '../api/api-client';

/** The gateway's 400 answer names each field and its reason: { details: { problems: [{ field, reason }] } }. */
export function fieldProblems(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.status !== 400) return {};
  const problems = (error.details as { problems?: Array<{ field?: unknown; reason?: unknown }> } | undefined)?.problems ?? [];
  const byField: Record<string, string> = {};
  for (const problem of problems) {
    if (typeof problem.field === 'string' && typeof problem.reason === 'string') byField[problem.field] = problem.reason;
  }
  return byField;
}
