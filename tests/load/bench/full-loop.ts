import { Client } from 'pg';
import { localMonth } from '@civicloop/clock';
import type { ApiResponse } from '../../support/api/api-client';
import { sampleBacklog, type BacklogSeries } from './backlog';
import { SystemCounters, type Counters } from './counters';
import { cpuMeter } from './cpu';
import { jetStreamFeed, outboxFeed, type EventFeed } from './event-feed';
import { registration } from './intake';
import { openDistrict, pick, type BenchDistrict } from './people';
import type { Target } from './target';
import { limiter, NOT_YET, sleep } from './workers';

export interface LoopOptions {
  loops: number;
  inFlight: number;
  httpConcurrency: number;
  timeoutMs: number;
  /** How long pg_stat_database is given to receive the backends' last counts. */
  statsSettleMs: number;
}

export interface LoopResult {
  loops: number;
  registered: number;
  completed: number;
  failures: string[];
  /** From the first registration until the rates counted the last callback. */
  seconds: number;
  loopsPerSecond: number;
  retries: number;
  commitsPerLoop: number;
  writeTransactionsPerLoop: number;
  outboxEventsPerLoop: number;
  streamEventsPerLoop: number | null;
  cpuMsPerLoop: number;
  backlog: BacklogSeries[];
  /** Every registered request in the rates exactly once: outcomes and assignment facts per request. */
  lost: number;
  countedTwice: number;
  rates: Record<string, unknown> | null;
}


/**
 * The full loop N times over: register → dispatched by the catalogue → signed by the unit → replied
 * → callback → counted in the three rates, `inFlight` loops at a time, `httpConcurrency` calls at
 * a time. Each step goes as soon as the step before it is visible to the bench.
 */
export async function fullLoopStage(target: Target, options: LoopOptions, log: (line: string) => void): Promise<LoopResult> {
  const district = await openDistrict(target.gateway, 'bench-loop');
  const feed: EventFeed = target.nats
    ? await jetStreamFeed(target.nats.url, district.tenantId, ['assignment.created'])
    : await outboxFeed(target.databaseUrl, 'dispatch', district.tenantId, ['assignment.created']);
  const counters = await SystemCounters.open(target.databaseUrl, target.nats?.url);
  try {
    const before = await counters.read(options.statsSettleMs);
    const cpu = cpuMeter(() => target.cpuRoots());
    const backlog = await sampleBacklog(counters, target.nats?.url);
    const http = limiter(options.httpConcurrency);
    const registered: string[] = [];
    const failures: string[] = [];
    let completed = 0;
    let retries = 0;
    let next = 0;
    let firstRegistration = 0;

    /** Sends a step until it is accepted, while the answer says the system has not caught up yet. */
    const step = async (what: string, call: () => Promise<ApiResponse>, accepted: number) => {
      const deadline = performance.now() + options.timeoutMs;
      for (let wait = 10; ; wait = Math.min(500, wait * 1.5)) {
        const response = await http(call);
        if (response.status === accepted) return response;
        if (!NOT_YET.has(response.status) || performance.now() > deadline) throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 200)}`);
        retries++;
        await sleep(wait);
      }
    };

    const oneLoop = async (i: number) => {
      const agent = pick(district.agents, i);
      const staff = pick(district.unitStaff, i);
      if (!firstRegistration) firstRegistration = performance.now();
      const created = await http(() => agent.post('/requests', registration(i)));
      if (created.status !== 201) throw new Error(`registration answered ${created.status}: ${JSON.stringify(created.body).slice(0, 200)}`);
      const requestId = created.body.id as string;
      registered.push(requestId);
      const assignment = await feed.waitFor<{ assignmentId: string }>('assignment.created', requestId, options.timeoutMs);
      const assignmentId = assignment.data.assignmentId;
      await step('sign', () => staff.post(`/assignments/${assignmentId}/sign`), 200);
      await step('reply', () => staff.post(`/assignments/${assignmentId}/reply`, { outcome: 'solved', text: '已联系居民并疏通下水道。' }), 201);
      await step('callback', () => agent.post(`/requests/${requestId}/callbacks`, { reached: true, solved: true, satisfaction: 'satisfied' }), 201);
      completed++;
    };

    const progress = setInterval(() => log(`    ${completed} of ${options.loops} loops driven, ${registered.length} registered`), 10_000);
    await Promise.all(
      Array.from({ length: Math.min(options.inFlight, options.loops) }, async () => {
        while (next < options.loops) {
          const i = next++;
          await oneLoop(i).catch((error) => failures.push(`loop ${i}: ${error instanceof Error ? error.message : error}`));
        }
      }),
    );
    clearInterval(progress);
    const rates = await waitForRates(district, registered.length, completed, options.timeoutMs + options.loops * 20);
    const seconds = (performance.now() - firstRegistration) / 1000;
    const cpuMs = cpu.stop();
    const series = await backlog.stop();
    const after = await counters.read(options.statsSettleMs);
    const check = await exactlyOnce(target.databaseUrl, district.tenantId, registered);
    const per = (field: keyof Counters) => (after[field] === null || before[field] === null ? null : (after[field]! - before[field]!) / Math.max(1, completed));
    return {
      loops: options.loops,
      registered: registered.length,
      completed,
      failures,
      seconds,
      loopsPerSecond: completed / seconds,
      retries,
      commitsPerLoop: per('commits')!,
      writeTransactionsPerLoop: per('writeTransactions')!,
      outboxEventsPerLoop: per('outboxRows')!,
      streamEventsPerLoop: per('streamMessages'),
      cpuMsPerLoop: cpuMs / Math.max(1, completed),
      backlog: series,
      lost: check.lost,
      countedTwice: check.countedTwice,
      rates: rates.row,
    };
  } finally {
    await feed.close();
    await counters.close();
  }
}

/** Polls the unit rates until street-donghua counts every dispatch and every completed callback (or the time is up). */
async function waitForRates(district: BenchDistrict, registered: number, completed: number, timeoutMs: number): Promise<{ row: Record<string, unknown> | null }> {
  const month = localMonth(new Date());
  const deadline = performance.now() + timeoutMs;
  let row: Record<string, unknown> | null = null;
  while (performance.now() < deadline) {
    const report = await district.supervisor.get(`/reports/unit-rates?month=${month}`);
    row = report.body?.units?.find((unit: { unitCode: string }) => unit.unitCode === 'street-donghua') ?? null;
    if (row && row.dispatched === registered && row.validCallbacks === completed) return { row };
    await sleep(200);
  }
  return { row };
}

/** Registered requests missing from reporting's outcomes or facts, and any counted more than once. */
async function exactlyOnce(databaseUrl: string, tenantId: string, registered: string[]): Promise<{ lost: number; countedTwice: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `with mine as (select unnest($2::uuid[]) as request_id)
       select (select count(*)::int from mine where not exists (select 1 from reporting.request_outcomes o where o.tenant_id = $1 and o.request_id = mine.request_id)) as no_outcome,
              (select count(*)::int from mine where not exists (select 1 from reporting.assignment_facts f where f.tenant_id = $1 and f.request_id = mine.request_id and f.dispatched_at is not null)) as no_fact,
              (select count(*)::int from (select request_id from reporting.assignment_facts where tenant_id = $1 group by request_id having count(*) > 1) twice) as facts_twice,
              (select count(*)::int from reporting.request_outcomes where tenant_id = $1) - cardinality($2::uuid[]) as extra_outcomes`,
      [tenantId, registered],
    );
    const [row] = rows;
    return { lost: Math.max(row.no_outcome, row.no_fact), countedTwice: row.facts_twice + Math.max(0, row.extra_outcomes) };
  } finally {
    await client.end();
  }
}
