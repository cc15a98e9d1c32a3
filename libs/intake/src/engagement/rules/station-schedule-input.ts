import type { FieldProblem, SaveStationSchedulePayload } from '@civicloop/contracts';
import { recurrenceProblem, type RecurrenceRule } from './recurrence';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** An opening schedule's own fields: the rule plans dates, the window is a window, someone sits. */
export function scheduleProblems(payload: SaveStationSchedulePayload): { rule: RecurrenceRule; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const rule = { kind: payload.rule?.kind, weekday: payload.rule?.weekday, nths: payload.rule?.nths } as RecurrenceRule;
  const ruleProblem = recurrenceProblem(rule);
  if (ruleProblem) problems.push({ field: 'rule', reason: ruleProblem });
  const start = typeof payload.startTime === 'string' && TIME.test(payload.startTime);
  const end = typeof payload.endTime === 'string' && TIME.test(payload.endTime);
  if (!start) problems.push({ field: 'startTime', reason: 'must be a time HH:MM' });
  if (!end) problems.push({ field: 'endTime', reason: 'must be a time HH:MM' });
  if (start && end && payload.endTime <= payload.startTime) problems.push({ field: 'endTime', reason: 'must be after startTime' });
  if (!Array.isArray(payload.deputyIds) || payload.deputyIds.length === 0) problems.push({ field: 'deputyIds', reason: 'name at least one deputy who sits' });
  for (const field of ['validFrom', 'validUntil'] as const) {
    const value = payload[field];
    if (value !== undefined && value !== null && !DATE.test(value)) problems.push({ field, reason: 'must be a date (YYYY-MM-DD)' });
  }
  if (payload.validFrom && payload.validUntil && payload.validUntil < payload.validFrom) problems.push({ field: 'validUntil', reason: 'must not be before validFrom' });
  // Stored as the rule reads it: nths only for the nth-weekdays kind.
  const stored: RecurrenceRule = rule.kind === 'nth-weekdays-of-month' ? { kind: rule.kind, weekday: rule.weekday, nths: [...new Set(rule.nths)].sort((a, b) => a - b) } : { kind: rule.kind, weekday: rule.weekday };
  return { rule: stored, problems };
}
