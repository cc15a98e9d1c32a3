/**
 * A city's year, compressed (issue 10, "The replay"): a synthetic year for one district shaped
 * like Beijing's published figures, driven through the full loop on the stack's virtual clock
 * (tests/support/stack/test-clock.ts), an hour of virtual time per step, so deadlines, timers and
 * the three rates come out as they would in real time. Each dispatched order is signed an hour
 * after it arrives, replied to two days later and called back the day after; the assumed shares
 * object (upheld to another street), get more time, or are not solved at the first callback.
 */
import { DEFAULT_TIME_ZONE, localMonth } from '@civicloop/clock';
import { ApiClient, freshTenantId } from '../../support/api/api-client';
import { drainageRequest, operator } from '../../support/api/demo-people';
import { TestClock } from '../../support/stack/test-clock';
import { startDistributedTarget, type Target } from '../bench/target';
import { limiter } from '../bench/workers';
import { Agenda } from './agenda';
import { recountFromHistory, type MonthComparison } from './recount-from-history';
import { ReplayPeople } from './replay-people';
import { BEIJING_2023_REQUESTS, DEFAULT_SHARES, dayPlan, inHeatingSeason, requestsOnDay, type ReplayShares, type RequestFate } from './year-shape';

const HOUR = 3_600_000;
/** Where an upheld objection sends the order: the demo's neighbouring street. */
const OBJECTION_TARGET = 'street-jingshan';

export interface ReplayOptions {
  days: number;
  /** Share of Beijing's 2023 volume (1 = 21.43 million a year). */
  scale: number;
  seed: number;
  shares: ReplayShares;
  /** Calls the replay's people make at once. */
  concurrency: number;
}

export interface ReplayResult {
  days: number;
  scale: number;
  requests: number;
  dispatched: number;
  failures: string[];
  wallSeconds: number;
  simulatedDaysPerMinute: number;
  /** Hours a full year at this scale would take at this run's pace. */
  yearHours: number;
  /** Hours Beijing's 2023 year (scale 1) would take at this run's requests per second: a floor, as the load was lighter. */
  beijingYearHours: number;
  retries: number;
  months: Array<{ month: string; row: Record<string, unknown> | null }>;
  recount: MonthComparison[];
}

/** The next local midnight (Asia/Shanghai, UTC+8, no daylight saving) after `now`. */
function nextLocalMidnight(now: Date): number {
  const local = now.getTime() + 8 * HOUR;
  return Math.ceil(local / (24 * HOUR)) * 24 * HOUR - 8 * HOUR;
}

export async function runReplay(options: ReplayOptions, log: (line: string) => void = console.log): Promise<ReplayResult> {
  const clock = new TestClock();
  // Every service reads this clock; timers look for due rows often, as an hour passes in a moment.
  Object.assign(process.env, clock.env, { CIVICLOOP_TIMER_INTERVAL_MS: '200' });
  const target: Target = await startDistributedTarget(log);
  try {
    return await replayOn(target, clock, options, log);
  } finally {
    await target.stop();
  }
}

async function replayOn(target: Target, clock: TestClock, options: ReplayOptions, log: (line: string) => void): Promise<ReplayResult> {
  const tenantId = freshTenantId('replay');
  const opened = await new ApiClient(target.gateway, tenantId, operator).post('/districts', { tenantId, name: '回放区', template: 'demo' });
  if (opened.status !== 201) throw new Error(`opening the district answered ${opened.status}`);
  const people = new ReplayPeople(target.gateway, tenantId);
  const found = await people.agent.get(`/knowledge/articles?q=${encodeURIComponent('停水')}&district=${tenantId}`);
  const articleId = found.body?.[0]?.id as string | undefined;
  if (!articleId) throw new Error('the demo district has no published article to answer consultations with');

  const start = nextLocalMidnight(clock.now());
  clock.jumpTo(new Date(start));
  const agenda = new Agenda();
  const call = limiter(options.concurrency);
  const failures: string[] = [];
  const months = new Set<string>();
  let requests = 0;
  let dispatched = 0;
  const attempt = (what: string, work: () => Promise<void>) => () => call(work).catch((error) => void failures.push(`${what}: ${error instanceof Error ? error.message : error}`));

  /** The unit's part after the order reached it: sign, maybe more time, reply, and the callback. */
  const handle = (requestId: string, fate: RequestFate, hour: number, tryNo: number, unitCode?: string) => {
    agenda.at(hour + 1, attempt(`sign ${requestId}`, async () => {
      const assignment = await people.currentAssignment(requestId, tryNo, unitCode);
      const staff = people.staffOf(assignment.unitCode);
      await people.step('sign', () => staff.post(`/assignments/${assignment.id}/sign`));
      if (fate.extension && tryNo === 1) {
        const requestedDeadline = new Date(new Date(assignment.feedbackDeadline).getTime() + 3 * 24 * HOUR).toISOString();
        const asked = await people.step('extension', () => staff.post(`/assignments/${assignment.id}/extension`, { reason: '需协调管网施工，延期三天', requestedDeadline }));
        agenda.at(hour + 3, attempt(`grant ${requestId}`, async () => {
          await people.step('grant', () => people.dispatcher.post(`/extensions/${asked.body.id}/decision`, { decision: 'approve', note: '同意延期' }));
        }));
      }
      agenda.at(hour + 48, attempt(`reply ${requestId}`, async () => {
        await people.step('reply', () => staff.post(`/assignments/${assignment.id}/reply`, { outcome: 'solved', text: '已联系居民并处理。' }));
        agenda.at(hour + 72, attempt(`callback ${requestId}`, async () => {
          const unsolved = fate.unsolvedFirst && tryNo === 1;
          const answer = unsolved ? { reached: true, solved: false, satisfaction: 'not-satisfied' } : { reached: true, solved: true, satisfaction: fate.satisfaction };
          await people.step('callback', () => people.agent.post(`/requests/${requestId}/callbacks`, answer));
          if (unsolved) handle(requestId, fate, hour + 72, tryNo + 1);
        }));
      }));
    }));
  };

  const register = (fate: RequestFate, hour: number) =>
    attempt('register', async () => {
      const body = fate.consultation
        ? { ...drainageRequest({ channel: fate.channel, type: 'consultation', description: '咨询计划停水安排。' }), triage: { outcome: 'answered', reason: '已按知识库答复', articleId } }
        : drainageRequest({ channel: fate.channel });
      const created = await people.step('register', () => people.agent.post('/requests', body), [201]);
      requests += 1;
      months.add(localMonth(clock.now(), DEFAULT_TIME_ZONE));
      if (fate.consultation) return;
      dispatched += 1;
      const requestId = created.body.id as string;
      if (!fate.objection) return handle(requestId, fate, hour, 1);
      agenda.at(hour + 1, attempt(`object ${requestId}`, async () => {
        const assignment = await people.currentAssignment(requestId, 1);
        await people.step('objection', () => people.staffOf(assignment.unitCode).post(`/assignments/${assignment.id}/objection`, { reason: '该地址属于景山街道辖区' }));
        agenda.at(hour + 3, attempt(`review ${requestId}`, async () => {
          await people.step('review', () => people.dispatcher.post(`/assignments/${assignment.id}/objection/review`, { decision: 'uphold', unitCode: OBJECTION_TARGET, note: '核实属实，转景山街道' }));
          handle(requestId, fate, hour + 3, 1, OBJECTION_TARGET);
        }));
      }));
    });

  const started = performance.now();
  let hour = 0;
  const runHour = async (work: Array<() => Promise<void>>) => {
    // Virtual time also runs on with real time between steps: jump only forward.
    if (start + hour * HOUR > clock.now().getTime()) clock.jumpTo(new Date(start + hour * HOUR));
    await Promise.all(work.map((action) => action()));
    // Actions filed for this very hour while it ran (an objection upheld, then signed) go now too.
    for (let again = agenda.take(hour); again.length > 0; again = agenda.take(hour)) await Promise.all(again.map((action) => action()));
  };
  for (let day = 0; day < options.days; day += 1) {
    const date = new Date(start + day * 24 * HOUR + 8 * HOUR); // the local day, read in UTC fields
    const count = requestsOnDay(options.scale, (date.getUTCDay() + 6) % 7, date.getUTCMonth() + 1, date.getUTCDate());
    const plan = dayPlan(options.seed, day, count, inHeatingSeason(date.getUTCMonth() + 1, date.getUTCDate()), options.shares);
    for (let inDay = 0; inDay < 24; inDay += 1, hour += 1) {
      await runHour([...plan.filter((fate) => fate.hour === inDay).map((fate) => register(fate, hour)), ...agenda.take(hour)]);
    }
    log(`  day ${day + 1} of ${options.days}: ${count} requests; ${requests} in all, ${agenda.pending} steps waiting, ${failures.length} failures, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  // The last orders are still being handled: let virtual time run on until nothing is left to do.
  while (agenda.pending > 0 && hour <= agenda.lastHour) {
    await runHour(agenda.take(hour));
    hour += 1;
  }
  const wallSeconds = (performance.now() - started) / 1000;
  for (let h = start; h <= start + hour * HOUR; h += 24 * HOUR) months.add(localMonth(new Date(h), DEFAULT_TIME_ZONE));

  const monthList = [...months].sort();
  const rows = [];
  for (const month of monthList) {
    const report = await people.supervisor.get(`/reports/rates?month=${month}&level=district`);
    rows.push({ month, row: (report.body?.rows?.[0] as Record<string, unknown>) ?? null });
  }
  const recount = await recountFromHistory(target, tenantId, monthList, (month) => people.supervisor.get(`/reports/unit-rates?month=${month}`));
  const simulatedDaysPerMinute = options.days / (wallSeconds / 60);
  return {
    days: options.days,
    scale: options.scale,
    requests,
    dispatched,
    failures,
    wallSeconds,
    simulatedDaysPerMinute,
    yearHours: 365 / simulatedDaysPerMinute / 60,
    beijingYearHours: BEIJING_2023_REQUESTS / (requests / wallSeconds) / 3600,
    retries: people.retries,
    months: rows,
    recount,
  };
}

export const DEFAULT_REPLAY: ReplayOptions = { days: 3, scale: 0.0005, seed: 1, shares: DEFAULT_SHARES, concurrency: 16 };
