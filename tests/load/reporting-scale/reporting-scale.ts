/**
 * Reporting at scale (issue 10, item 5): `npm run bench -- --stage reporting [--facts N]`.
 * Seeds request facts with COPY into a PostgreSQL cluster cached under /var/tmp/civicloop-bench ($CIVICLOOP_BENCH_CACHE_DIR)
 * (keyed by generator version, seed and shape), rebuilds the month counts through the production
 * read path, times the monthly ranking and a unit's 12-month trend, and checks totals against the facts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@civicloop/clock';
import { Subjects, type ActorContext, type CommandReply } from '@civicloop/contracts';
import { InProcessBroker, startServiceApp } from '@civicloop/messaging';
import { appRoleName, ensureAppRole } from '@civicloop/persistence';
import { ReportingModule } from '@civicloop/reporting';
import { ms, summarize } from '../percentiles';
import { DEFAULT_SHAPE, monthsOf, tenantOf, unitCodeOf, type ScaleShape } from './fact-generator';
import { noteEveryMonthChanged, seedFacts, seededKey, seedKey } from './seed-facts';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPostgres } = require('../../support/servers/postgres');

/** Bytes of disk one request fact takes with its assignment, outcome, indexes and WAL, with a margin: the 10 M seed's cluster took 7.0 GB (≈700 bytes a fact). */
const BYTES_PER_FACT = 750;
const CALLS = 50;

export interface ReportingScaleResult {
  facts: number;
  seedSeconds: number | null;
  cached: boolean;
  rebuildSeconds: number;
  recountPerMonth: { p50: number; max: number };
  ranking: { p50: number; p99: number };
  trend: { p50: number; p99: number };
  hotspots: { p50: number; p99: number };
  spotChecks: Array<{ tenant: string; month: string; dispatched: number; factsDispatched: number; callbacks: number; factsCallbacks: number; ok: boolean }>;
  rssPeakMb: number;
}

// Not under the home directory: when we run as root, the postgres OS user must reach the cluster.
const cacheRoot = () => process.env.CIVICLOOP_BENCH_CACHE_DIR ?? path.join('/var/tmp', 'civicloop-bench');

function checkDisk(dir: string, facts: number): void {
  const stats = fs.statfsSync(dir);
  const free = stats.bavail * stats.bsize;
  const need = facts * BYTES_PER_FACT;
  if (free < need) {
    throw new Error(`reporting at scale needs about ${(need / 1e9).toFixed(1)} GB free under ${dir} for ${facts.toLocaleString('en')} facts; ${(free / 1e9).toFixed(1)} GB is free. Free some space or pass --facts with a smaller number.`);
  }
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - started) / 1e6];
}

function dataOf<T>(reply: CommandReply<T>): T {
  if (!reply.ok) throw new Error(`reporting answered ${reply.error.status}: ${reply.error.message}`);
  return reply.data;
}

export async function runReportingScale(shape: ScaleShape = DEFAULT_SHAPE, log: (line: string) => void = console.log): Promise<ReportingScaleResult> {
  const baseDir = path.join(cacheRoot(), `reporting-${seedKey(shape)}`);
  fs.mkdirSync(cacheRoot(), { recursive: true });
  const cachedBefore = fs.existsSync(path.join(baseDir, 'data', 'PG_VERSION'));
  if (!cachedBefore) checkDisk(cacheRoot(), shape.facts);
  const pg = await startPostgres({ baseDir });
  // Interrupted (Ctrl-C): stop the cached cluster cleanly rather than leave it running.
  const stopOnSignal = () => void pg.destroy({ keepFiles: true }).finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal).once('SIGTERM', stopOnSignal);
  const owner = new Client({ connectionString: pg.url });
  let app: INestApplication | undefined;
  let rssPeak = process.memoryUsage().rss;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 200);
  try {
    await owner.connect();
    const appUrl = await ensureAppRole(pg.url, appRoleName(), `bench_${process.pid}`);
    const broker = new InProcessBroker();
    const units = Array.from({ length: shape.unitsPerDistrict }, (_, unit) => ({ code: unitCodeOf(unit), name: `单位 ${unit + 1}`, kind: 'department', parentCode: null }));
    broker.handleCommand(Subjects.DistrictReference, async () => ({ ok: true, data: { categories: [], areas: [], units } }));
    const clock = new ManualClock(`${shape.lastMonth}-20T04:00:00Z`);
    const runtime = { mode: 'embedded' as const, databaseUrl: appUrl, migrationDatabaseUrl: pg.url, clock, broker };
    app = await startServiceApp({ serviceName: 'reporting', module: ReportingModule.register(runtime), runtime, startRelay: false });

    const cached = (await seededKey(owner)) === seedKey(shape);
    const seedSeconds = cached ? null : await seedFacts(owner, shape, log);
    log(cached ? `reusing the cached seed in ${baseDir}` : `seeded ${shape.facts.toLocaleString('en')} facts in ${seedSeconds!.toFixed(0)} s`);

    const supervisor = (tenantId: string): ActorContext => ({ tenantId, userId: 'bench', roles: ['supervisor'], unitCodes: [] });
    const ranking = (tenantId: string, month: string) => broker.send<{ units: Array<{ unitCode: string; dispatched: number; validCallbacks: number }> }>(Subjects.UnitMonthRates, { context: supervisor(tenantId), payload: { month } });
    const tenants = Array.from({ length: shape.districts }, (_, district) => tenantOf(district));
    const months = monthsOf(shape);

    // The rebuild: every month noted as changed, then read once through the production path.
    await noteEveryMonthChanged(owner, shape);
    const recounts: number[] = [];
    const [, rebuildMs] = await timed(async () => {
      for (const tenantId of tenants) {
        for (const month of months) {
          const [reply, took] = await timed(() => ranking(tenantId, month));
          dataOf(reply);
          recounts.push(took);
        }
      }
    });
    log(`rebuilt ${tenants.length * months.length} month counts in ${(rebuildMs / 1000).toFixed(1)} s`);

    const lastMonth = months[months.length - 1]!;
    const rankingTimes: number[] = [];
    const trendTimes: number[] = [];
    const hotspotTimes: number[] = [];
    for (let call = 0; call < CALLS; call += 1) {
      const tenantId = tenants[call % tenants.length]!;
      rankingTimes.push((await timed(async () => dataOf(await ranking(tenantId, lastMonth))))[1]);
      const trend = () => broker.send(Subjects.RatesTrend, { context: supervisor(tenantId), payload: { level: 'unit', unitCode: unitCodeOf(call % shape.unitsPerDistrict), months: 12 } });
      trendTimes.push((await timed(async () => dataOf(await trend())))[1]);
      const hotspots = () => broker.send(Subjects.Hotspots, { context: supervisor(tenantId), payload: { month: lastMonth, by: call % 2 === 0 ? 'category' : 'area' } });
      hotspotTimes.push((await timed(async () => dataOf(await hotspots())))[1]);
    }

    const spotChecks = [];
    for (const [tenantId, month] of [[tenants[0]!, months[0]!], [tenants[tenants.length - 1]!, lastMonth]] as const) {
      const { units: rows } = dataOf(await ranking(tenantId, month));
      const [{ dispatched, callbacks }] = (
        await owner.query(
          `select (select count(*)::int from reporting.assignment_facts where tenant_id = $1 and month = $2 and dispatched_at is not null) as dispatched,
                  (select count(*)::int from reporting.request_outcomes where tenant_id = $1 and month = $2) as callbacks`,
          [tenantId, month],
        )
      ).rows;
      const sum = (key: 'dispatched' | 'validCallbacks') => rows.reduce((total, row) => total + row[key], 0);
      spotChecks.push({ tenant: tenantId, month, dispatched: sum('dispatched'), factsDispatched: dispatched, callbacks: sum('validCallbacks'), factsCallbacks: callbacks, ok: sum('dispatched') === dispatched && sum('validCallbacks') === callbacks });
    }
    const recount = summarize(recounts);
    const rankingSummary = summarize(rankingTimes);
    const trendSummary = summarize(trendTimes);
    const hotspotSummary = summarize(hotspotTimes);
    return {
      facts: shape.facts,
      seedSeconds,
      cached,
      rebuildSeconds: rebuildMs / 1000,
      recountPerMonth: { p50: recount.p50, max: recount.max },
      ranking: { p50: rankingSummary.p50, p99: rankingSummary.p99 },
      trend: { p50: trendSummary.p50, p99: trendSummary.p99 },
      hotspots: { p50: hotspotSummary.p50, p99: hotspotSummary.p99 },
      spotChecks,
      rssPeakMb: Math.round(rssPeak / 1e6),
    };
  } finally {
    clearInterval(sampler);
    process.off('SIGINT', stopOnSignal).off('SIGTERM', stopOnSignal);
    await app?.close();
    await owner.end().catch(() => undefined);
    await pg.destroy({ keepFiles: true });
  }
}

export function printReportingScale(result: ReportingScaleResult, log: (line: string) => void = console.log): void {
  log(`\nreporting at scale: ${result.facts.toLocaleString('en')} request facts (${result.cached ? 'cached seed' : `seeded in ${result.seedSeconds!.toFixed(0)} s`})`);
  log('| what | p50 | p99 / max |');
  log('| --- | --- | --- |');
  log(`| rebuild: recount of one month from its facts (${result.rebuildSeconds.toFixed(1)} s in all) | ${ms(result.recountPerMonth.p50)} | ${ms(result.recountPerMonth.max)} |`);
  log(`| monthly ranking (unit level, ${CALLS} calls) | ${ms(result.ranking.p50)} | ${ms(result.ranking.p99)} |`);
  log(`| a unit's 12-month trend (${CALLS} calls) | ${ms(result.trend.p50)} | ${ms(result.trend.p99)} |`);
  log(`| hotspots of a month by category or place, beside the month before (${CALLS} calls) | ${ms(result.hotspots.p50)} | ${ms(result.hotspots.p99)} |`);
  for (const check of result.spotChecks) {
    log(`| spot check ${check.tenant} ${check.month}: dispatched ${check.dispatched} / facts ${check.factsDispatched}, callbacks ${check.callbacks} / facts ${check.factsCallbacks} | ${check.ok ? 'equal' : 'DIFFERENT'} | |`);
  }
  log(`| peak RSS of the bench process (reporting in it) | ${result.rssPeakMb} MB | |`);
}
