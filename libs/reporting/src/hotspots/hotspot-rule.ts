/**
 * When a category or place is a hotspot (热点) worth a supervisor's look: enough requests this
 * month to matter, and half again as many as the month before (or new this month).
 */
export const HOTSPOT_MINIMUM = 5;
export const HOTSPOT_GROWTH = 1.5;

export function isRising(requests: number, previous: number): boolean {
  return requests >= HOTSPOT_MINIMUM && requests >= previous * HOTSPOT_GROWTH;
}

/** A resident who raised this many requests in a month is a repeat caller (重复来电). */
export const REPEAT_CALLER_REQUESTS = 3;
