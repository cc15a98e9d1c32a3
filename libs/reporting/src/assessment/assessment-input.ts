import { MONTH_PATTERN } from '@civicloop/clock';
import { isUuid, NotFound, ValidationFailed } from '@civicloop/contracts';

/** An id that cannot exist is as unknown as one that does not: 404, never a database error. */
export function knownIdShape(what: string, id: unknown): string {
  if (typeof id !== 'string' || !isUuid(id)) throw new NotFound(what, String(id));
  return id;
}

export function monthOf(value: unknown, field = 'month'): string {
  if (typeof value !== 'string' || !MONTH_PATTERN.test(value)) {
    throw new ValidationFailed([{ field, reason: 'must be a month as YYYY-MM, e.g. 2026-11' }]);
  }
  return value;
}

/** A reason or note a person writes: kept as given, trimmed, 2–2000 characters. */
export function textOf(value: unknown, field: string, min = 2): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length < min || text.length > 2000) {
    throw new ValidationFailed([{ field, reason: min === 0 ? 'must be text of at most 2000 characters' : `must be text of ${min} to 2000 characters` }]);
  }
  return text;
}
