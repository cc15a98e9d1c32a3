import { CivicError } from '@civicloop/contracts';

/** An instant as the people of a district read it: `2026-11-25 17:30 (Asia/Shanghai)`. */
export function localDateTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} (${timeZone})`;
}

/**
 * A window, deadline or cap of the district's rule book was exceeded: 409 saying which limit and
 * when it ends, in ISO and in the district's local time. Nothing is stored on this refusal.
 */
export class LimitExceeded extends CivicError {
  constructor(limit: string, message: string, endsAt: Date, timeZone: string, details: Record<string, unknown> = {}) {
    super(409, 'conflict', `${message} ${endsAt.toISOString()} = ${localDateTime(endsAt, timeZone)}`, {
      limit,
      endsAt: endsAt.toISOString(),
      endsAtLocal: localDateTime(endsAt, timeZone),
      ...details,
    });
  }
}
