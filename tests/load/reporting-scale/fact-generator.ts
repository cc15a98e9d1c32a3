/**
 * Synthetic reporting facts for the reporting-at-scale bench (issue 10, item 5): one assignment
 * fact per request, the request's own fact (category, place, resident) and, for most, its final valid callback — as CSV rows for COPY, deterministic
 * for a seed so a cached seed can be reused and checked. Pure: no I/O.
 */
import { monthsEndingWith } from '@civicloop/reporting';

export const GENERATOR_VERSION = 2;

export interface ScaleShape {
  /** Request facts in all (assignment facts; about 85 % also have an outcome row). */
  facts: number;
  districts: number;
  unitsPerDistrict: number;
  /** Months ending with `lastMonth`. */
  months: number;
  lastMonth: string;
  seed: number;
}

export const DEFAULT_SHAPE: ScaleShape = { facts: 100_000_000, districts: 2, unitsPerDistrict: 150, months: 36, lastMonth: '2026-12', seed: 1 };

/** mulberry32: small, fast, and the same numbers for the same seed on every machine. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const tenantOf = (district: number) => `scale-${district + 1}`;
export const unitCodeOf = (unit: number) => `u${String(unit + 1).padStart(3, '0')}`;

/** The months of the shape, oldest first (YYYY-MM). */
export const monthsOf = (shape: Pick<ScaleShape, 'months' | 'lastMonth'>): string[] => monthsEndingWith(shape.lastMonth, shape.months);

/** Categories and places of the synthetic district: a few busy ones, a long tail. */
export const CATEGORIES = 40;
export const categoryCodeOf = (category: number) => `c${String(category + 1).padStart(2, '0')}`;

/** A UUID-shaped id from a district, a kind and a serial: unique, sortable, cheap. */
export function factId(district: number, kind: 1 | 2 | 3, serial: number): string {
  const hex = serial.toString(16).padStart(12, '0');
  return `${String(district + 1).padStart(8, '0')}-000${kind}-4000-8000-${hex}`;
}

/** How many request facts one district has in one month: an even share, the remainder to the first. */
export function factsInMonth(shape: ScaleShape, district: number, monthIndex: number): number {
  const cells = shape.districts * shape.months;
  const base = Math.floor(shape.facts / cells);
  return base + (district * shape.months + monthIndex < shape.facts % cells ? 1 : 0);
}

export interface MonthRows {
  requests: string[];
  assignments: string[];
  outcomes: string[];
}

const HOUR = 3_600_000;

/**
 * The CSV rows of one district's month. Times fall inside the month in UTC+8 (Asia/Shanghai), so
 * every fact counts in the month it was generated for. Units are skewed (some busier than others).
 */
export function monthRows(shape: ScaleShape, district: number, monthIndex: number, firstSerial: number, count: number): MonthRows {
  const month = monthsOf(shape)[monthIndex]!;
  const random = randomSource(shape.seed * 1_000_003 + district * 10_007 + monthIndex);
  const start = Date.parse(`${month}-01T00:00:00+08:00`);
  const span = 27 * 24 * HOUR; // keep a reply and a callback a few days later in the same month
  const tenant = tenantOf(district);
  const requests: string[] = [];
  const assignments: string[] = [];
  const outcomes: string[] = [];
  for (let offset = 0; offset < count; offset += 1) {
    const serial = firstSerial + offset;
    const requestId = factId(district, 1, serial);
    const unit = unitCodeOf(Math.floor(random() ** 1.5 * shape.unitsPerDistrict));
    const dispatched = start + Math.floor(random() * span);
    const deadline = dispatched + 24 * HOUR;
    const signRoll = random();
    const signed = signRoll < 0.03 ? '' : new Date(dispatched + (signRoll < 0.9 ? random() * 20 * HOUR : 25 * HOUR + random() * 48 * HOUR)).toISOString();
    const replied = random() < 0.95 ? new Date(dispatched + 72 * HOUR).toISOString() : '';
    const attempt = random() < 0.05 ? 2 : 1;
    const category = categoryCodeOf(Math.floor(random() ** 2 * CATEGORIES));
    // One resident in twenty calls again within the month: about 1 % of residents are repeat callers.
    const resident = factId(district, 3, random() < 0.05 ? firstSerial + Math.floor(random() * count) : serial);
    requests.push(`${tenant},${requestId},${month},${new Date(dispatched - HOUR).toISOString()},${category},${unit},${resident},hotline,complaint`);
    assignments.push(`${tenant},${factId(district, 2, serial)},${requestId},${unit},${month},${new Date(dispatched).toISOString()},${new Date(deadline).toISOString()},${signed},${replied},lead,${attempt}`);
    if (random() < 0.85) {
      const solved = random() < 0.9;
      const mood = random();
      const satisfaction = mood < 0.8 ? 'satisfied' : mood < 0.95 ? 'basically-satisfied' : 'not-satisfied';
      outcomes.push(`${tenant},${requestId},${factId(district, 2, serial)},${unit},${attempt},${month},${solved},${satisfaction},${new Date(dispatched + 96 * HOUR).toISOString()}`);
    }
  }
  return { requests, assignments, outcomes };
}

export const ASSIGNMENT_COLUMNS = 'tenant_id, assignment_id, request_id, unit_code, month, dispatched_at, sign_for_deadline, signed_at, replied_at, role, attempt';
export const REQUEST_COLUMNS = 'tenant_id, request_id, month, registered_at, category_code, area_code, resident_id, channel, type';
export const OUTCOME_COLUMNS = 'tenant_id, request_id, callback_id, unit_code, attempt, month, solved, satisfaction, callback_at';
