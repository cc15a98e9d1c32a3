/**
 * A city's year, shaped like Beijing's published 12345 figures (PRODUCT.md): 21.43 million requests
 * in 2023, about 58 % consultations answered at once, about 91 % by phone, more on weekdays and in
 * the heating season. What is not published is an assumption with a name, so a run can change it.
 * Pure: the same seed gives the same year.
 */
import { randomSource } from '../reporting-scale/fact-generator';

export const BEIJING_2023_REQUESTS = 21_430_000;

export interface ReplayShares {
  /** Published: about 58 % are consultations, answered at once from the knowledge base. */
  consultations: number;
  /** Published: about 91 % arrive by phone. */
  hotline: number;
  /** Assumed: orders the unit objects to (派单异议), all upheld here. */
  objections: number;
  /** Assumed: orders given more time (延期). */
  extensions: number;
  /** Assumed: not solved at the first callback, reopened (重办) and solved at the second try. */
  unsolvedFirst: number;
}

export const DEFAULT_SHARES: ReplayShares = { consultations: 0.58, hotline: 0.91, objections: 0.05, extensions: 0.03, unsolvedFirst: 0.08 };

/** Monday first: weekdays busier than weekends (assumed, the shape the published daily peaks suggest). */
const WEEKDAY = [1.12, 1.08, 1.05, 1.04, 1.06, 0.85, 0.8];
/** 供暖季 15 Nov – 15 Mar: more requests (assumed 25 %), heating among them. */
const HEATING = 1.25;
/** Calls by hour of the day, 0–23 (assumed): quiet at night, peaks mid-morning and mid-afternoon. */
const HOURS = [0.3, 0.2, 0.15, 0.15, 0.2, 0.4, 0.9, 2, 4.5, 6.5, 7, 6.5, 5, 5.5, 6.5, 6.5, 6, 5.5, 4.5, 3.5, 3, 2.5, 1.5, 0.8];
const HOURS_TOTAL = HOURS.reduce((sum, weight) => sum + weight, 0);

export function inHeatingSeason(month: number, day: number): boolean {
  return month === 12 || month <= 2 || (month === 11 && day >= 15) || (month === 3 && day <= 15);
}

/** Requests on one local day (`weekday` 0 = Monday) at `scale` of Beijing's 2023 volume. */
export function requestsOnDay(scale: number, weekday: number, month: number, day: number): number {
  const mean = (BEIJING_2023_REQUESTS / 365) * scale;
  return Math.round(mean * WEEKDAY[weekday]! * (inHeatingSeason(month, day) ? HEATING : 1) / 1.03);
}

export interface RequestFate {
  hour: number;
  consultation: boolean;
  channel: 'hotline' | 'app' | 'wechat' | 'web';
  heating: boolean;
  objection: boolean;
  extension: boolean;
  unsolvedFirst: boolean;
  satisfaction: 'satisfied' | 'basically-satisfied' | 'not-satisfied';
}

/** The requests of one day, each with the hour it arrives and what will become of it. */
export function dayPlan(seed: number, dayIndex: number, count: number, heatingSeason: boolean, shares: ReplayShares = DEFAULT_SHARES): RequestFate[] {
  const random = randomSource(seed * 7_919 + dayIndex);
  const hourOf = () => {
    let pick = random() * HOURS_TOTAL;
    for (let hour = 0; hour < 24; hour += 1) if ((pick -= HOURS[hour]!) < 0) return hour;
    return 23;
  };
  return Array.from({ length: count }, (): RequestFate => {
    const consultation = random() < shares.consultations;
    const objection = !consultation && random() < shares.objections;
    const mood = random();
    return {
      hour: hourOf(),
      consultation,
      channel: random() < shares.hotline ? 'hotline' : (['app', 'wechat', 'web'] as const)[Math.floor(random() * 3)]!,
      heating: heatingSeason && random() < 0.3,
      objection,
      extension: !consultation && !objection && random() < shares.extensions,
      unsolvedFirst: !consultation && random() < shares.unsolvedFirst,
      satisfaction: mood < 0.85 ? 'satisfied' : mood < 0.95 ? 'basically-satisfied' : 'not-satisfied',
    };
  }).sort((a, b) => a.hour - b.hour);
}
